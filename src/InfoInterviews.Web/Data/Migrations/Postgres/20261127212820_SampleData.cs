using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SampleData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Companies",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "IsSample",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Companies");
        }
    }
}
