using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MorningDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DigestHour",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: 7); // existing accounts start at the hour new ones get (DigestSchedule.DefaultHour)

            migrationBuilder.AddColumn<DateTime>(
                name: "LastDigestUtc",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextDigestUtc",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SendsDigest",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_NextDigestUtc",
                table: "AspNetUsers",
                column: "NextDigestUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_NextDigestUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "DigestHour",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastDigestUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "NextDigestUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SendsDigest",
                table: "AspNetUsers");
        }
    }
}
