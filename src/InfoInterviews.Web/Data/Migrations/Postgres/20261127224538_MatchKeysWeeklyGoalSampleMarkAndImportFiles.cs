using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "QuestionSets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Questions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "OutreachTemplates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Opportunities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "InterviewStatusChanges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "InterviewRequests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "InterviewQuestions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Interactions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "FollowUps",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConnectedOn",
                table: "Contacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Contacts",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LinkedInKey",
                table: "Contacts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Companies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "WeeklyGoal",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.CreateTable(
                name: "ImportFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false)
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
