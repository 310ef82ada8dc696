using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchKeysWeeklyGoalSampleMarkAndImportFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_SearchKey",
                table: "Contacts");

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Tags",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "QuestionSets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "OutreachTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Opportunities",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "InterviewStatusChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "InterviewRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "InterviewQuestions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Interactions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConnectedOn",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Contacts",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LinkedInKey",
                table: "Contacts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "WeeklyGoal",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.CreateTable(
                name: "ImportFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportFiles_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_ImportFiles_OwnerId_UploadedUtc",
                table: "ImportFiles",
                columns: new[] { "OwnerId", "UploadedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportFiles");

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
                name: "IsSample",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "QuestionSets");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "OutreachTemplates");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "InterviewStatusChanges");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "InterviewRequests");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "InterviewQuestions");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConnectedOn",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "LinkedInKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "WeeklyGoal",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_SearchKey",
                table: "Contacts",
                columns: new[] { "OwnerId", "SearchKey" });
        }
    }
}
