using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutreachTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutreachTemplates_OwnerId_Name",
                table: "OutreachTemplates");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "OutreachTemplates");

            migrationBuilder.RenameColumn(
                name: "Channel",
                table: "OutreachTemplates",
                newName: "Step");

            migrationBuilder.AddColumn<string>(
                name: "Connection",
                table: "Contacts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutreachTemplates_OwnerId_Step_Name",
                table: "OutreachTemplates",
                columns: new[] { "OwnerId", "Step", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutreachTemplates_OwnerId_Step_Name",
                table: "OutreachTemplates");

            migrationBuilder.DropColumn(
                name: "Connection",
                table: "Contacts");

            migrationBuilder.RenameColumn(
                name: "Step",
                table: "OutreachTemplates",
                newName: "Channel");

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "OutreachTemplates",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutreachTemplates_OwnerId_Name",
                table: "OutreachTemplates",
                columns: new[] { "OwnerId", "Name" });
        }
    }
}
