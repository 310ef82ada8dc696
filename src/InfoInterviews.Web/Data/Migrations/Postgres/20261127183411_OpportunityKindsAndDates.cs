using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpportunityKindsAndDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "Opportunities",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(10000)",
                oldMaxLength: 10000,
                oldNullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ActBy",
                table: "Opportunities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Opportunities",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LearnedOn",
                table: "Opportunities",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "NotesHtml",
                table: "Opportunities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusChangedUtc",
                table: "Opportunities",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Rows saved before kinds and status dates: the advertised flag becomes a kind, "heard of" is
            // now "learned of", and the day learned of and the last status change start at the creation time.
            migrationBuilder.Sql("""
                UPDATE "Opportunities" SET
                    "Kind" = CASE WHEN "WasAdvertised" THEN 'AdvertisedRole' ELSE 'RoleNotAdvertised' END,
                    "LearnedOn" = CAST("CreatedUtc" AT TIME ZONE 'UTC' AS date),
                    "StatusChangedUtc" = "CreatedUtc",
                    "Status" = CASE WHEN "Status" = 'Heard' THEN 'LearnedOf' ELSE "Status" END
                """);

            migrationBuilder.DropColumn(
                name: "WasAdvertised",
                table: "Opportunities");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_OwnerId_Kind",
                table: "Opportunities",
                columns: new[] { "OwnerId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_OwnerId_StatusChangedUtc",
                table: "Opportunities",
                columns: new[] { "OwnerId", "StatusChangedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_OwnerId_Kind",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_OwnerId_StatusChangedUtc",
                table: "Opportunities");

            migrationBuilder.AddColumn<bool>(
                name: "WasAdvertised",
                table: "Opportunities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("""
                UPDATE "Opportunities" SET
                    "WasAdvertised" = ("Kind" = 'AdvertisedRole'),
                    "Status" = CASE WHEN "Status" = 'LearnedOf' THEN 'Heard' ELSE "Status" END
                """);

            migrationBuilder.DropColumn(
                name: "ActBy",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "LearnedOn",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "NotesHtml",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "StatusChangedUtc",
                table: "Opportunities");

            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "Opportunities",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000,
                oldNullable: true);
        }
    }
}

