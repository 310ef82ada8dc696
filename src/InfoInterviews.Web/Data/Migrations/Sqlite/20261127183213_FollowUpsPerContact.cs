using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpsPerContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"FollowUps\" WHERE \"ContactId\" IS NULL;");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ContactId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "SnoozedUntilUtc",
                table: "FollowUps");

            migrationBuilder.AlterColumn<int>(
                name: "ContactId",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "FollowUps",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "ThankYouAfterDays",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "UpdateAfterDays",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 28);

            migrationBuilder.Sql("UPDATE \"FollowUps\" SET \"CreatedUtc\" = \"DueUtc\";");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ContactId_CompletedUtc_DueUtc",
                table: "FollowUps",
                columns: new[] { "ContactId", "CompletedUtc", "DueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ContactId_CompletedUtc_DueUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "CreatedUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ThankYouAfterDays",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "UpdateAfterDays",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<int>(
                name: "ContactId",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<DateTime>(
                name: "SnoozedUntilUtc",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ContactId",
                table: "FollowUps",
                column: "ContactId");
        }
    }
}
