using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContactMatchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_SearchKey",
                table: "Contacts");

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Contacts",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedInKey",
                table: "Contacts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_EmailKey",
                table: "Contacts",
                columns: new[] { "OwnerId", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_LinkedInKey",
                table: "Contacts",
                columns: new[] { "OwnerId", "LinkedInKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_SearchKey_CompanyId",
                table: "Contacts",
                columns: new[] { "OwnerId", "SearchKey", "CompanyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_EmailKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_LinkedInKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_SearchKey_CompanyId",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "LinkedInKey",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_SearchKey",
                table: "Contacts",
                columns: new[] { "OwnerId", "SearchKey" });
        }
    }
}
