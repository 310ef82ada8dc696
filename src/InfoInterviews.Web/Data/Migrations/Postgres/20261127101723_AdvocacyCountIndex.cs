using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdvocacyCountIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_CompanyId",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_CompanyId_IsArchived",
                table: "Contacts",
                columns: new[] { "OwnerId", "CompanyId", "IsArchived" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_CompanyId_IsArchived",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_CompanyId",
                table: "Contacts",
                columns: new[] { "OwnerId", "CompanyId" });
        }
    }
}
