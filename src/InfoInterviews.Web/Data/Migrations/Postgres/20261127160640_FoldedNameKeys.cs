using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FoldedNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tags_OwnerId_Name",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Companies_OwnerId_Name",
                table: "Companies");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Tags",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FullName",
                table: "Contacts",
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "Contacts",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Companies",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Folding accents needs .NET, so rows from before this migration get a provisional key (a
            // space and their id: unique, and never a real key) that SearchKeyBackfill replaces at start-up.
            migrationBuilder.Sql("UPDATE \"Companies\" SET \"NameKey\" = ' ' || \"Id\";");
            migrationBuilder.Sql("UPDATE \"Tags\" SET \"NameKey\" = ' ' || \"Id\";");
            migrationBuilder.Sql(
                "UPDATE \"Contacts\" SET \"FullName\" = CASE WHEN \"LastName\" IS NULL THEN \"FirstName\" ELSE \"FirstName\" || ' ' || \"LastName\" END, "
                + "\"SearchKey\" = ' ' || \"Id\";");

            migrationBuilder.CreateIndex(
                name: "IX_Tags_OwnerId_Name",
                table: "Tags",
                columns: new[] { "OwnerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Tags_OwnerId_NameKey",
                table: "Tags",
                columns: new[] { "OwnerId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_SearchKey",
                table: "Contacts",
                columns: new[] { "OwnerId", "SearchKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_OwnerId_Name",
                table: "Companies",
                columns: new[] { "OwnerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_OwnerId_NameKey",
                table: "Companies",
                columns: new[] { "OwnerId", "NameKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tags_OwnerId_Name",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Tags_OwnerId_NameKey",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_SearchKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Companies_OwnerId_Name",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Companies_OwnerId_NameKey",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "FullName",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Companies");

            migrationBuilder.CreateIndex(
                name: "IX_Tags_OwnerId_Name",
                table: "Tags",
                columns: new[] { "OwnerId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Companies_OwnerId_Name",
                table: "Companies",
                columns: new[] { "OwnerId", "Name" },
                unique: true);
        }
    }
}
