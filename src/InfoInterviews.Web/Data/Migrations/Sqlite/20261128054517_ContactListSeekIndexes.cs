using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactListSeekIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_CompanyId_IsArchived",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastName_FirstName",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastTouchUtc",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_NextFollowUpUtc",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_CompanyId_IsArchived_FullName_Id",
                table: "Contacts",
                columns: new[] { "OwnerId", "CompanyId", "IsArchived", "FullName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastName_FirstName_Id",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "LastName", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastTouchUtc_Id",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "LastTouchUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_NextFollowUpUtc_Id",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "NextFollowUpUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_CompanyId_IsArchived_FullName_Id",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastName_FirstName_Id",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastTouchUtc_Id",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_NextFollowUpUtc_Id",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_CompanyId_IsArchived",
                table: "Contacts",
                columns: new[] { "OwnerId", "CompanyId", "IsArchived" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastName_FirstName",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_LastTouchUtc",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "LastTouchUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_NextFollowUpUtc",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "NextFollowUpUtc" });
        }
    }
}
