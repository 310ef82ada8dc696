using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Responsiveness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AwaitingReplySinceUtc",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NoReplyAfterUtc",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepliedAs",
                table: "Contacts",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_NoReplyAfterUtc",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "NoReplyAfterUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_IsArchived_RepliedAs",
                table: "Contacts",
                columns: new[] { "OwnerId", "IsArchived", "RepliedAs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_NoReplyAfterUtc",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_IsArchived_RepliedAs",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "AwaitingReplySinceUtc",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "NoReplyAfterUtc",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "RepliedAs",
                table: "Contacts");
        }
    }
}
