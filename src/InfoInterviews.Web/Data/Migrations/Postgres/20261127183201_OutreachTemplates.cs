using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
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

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                table: "OutreachTemplates",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(10000)",
                oldMaxLength: 10000);

            migrationBuilder.AddColumn<string>(
                name: "Connection",
                table: "Contacts",
                type: "character varying(200)",
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

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                table: "OutreachTemplates",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5000)",
                oldMaxLength: 5000);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "OutreachTemplates",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutreachTemplates_OwnerId_Name",
                table: "OutreachTemplates",
                columns: new[] { "OwnerId", "Name" });
        }
    }
}
