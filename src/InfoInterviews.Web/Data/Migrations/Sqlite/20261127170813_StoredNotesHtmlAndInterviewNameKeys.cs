using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoredNotesHtmlAndInterviewNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactNameKey",
                table: "InterviewRequests",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NotesHtml",
                table: "InterviewRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotesHtml",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotesHtml",
                table: "Companies",
                type: "TEXT",
                nullable: true);

            // Folding accents needs .NET, so interviews from before this migration get a provisional key
            // that SearchKeyBackfill replaces at start-up; RenderedNotesBackfill renders their notes then too.
            migrationBuilder.Sql("UPDATE \"InterviewRequests\" SET \"ContactNameKey\" = ' ' || \"Id\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactNameKey",
                table: "InterviewRequests");

            migrationBuilder.DropColumn(
                name: "NotesHtml",
                table: "InterviewRequests");

            migrationBuilder.DropColumn(
                name: "NotesHtml",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "NotesHtml",
                table: "Companies");
        }
    }
}
