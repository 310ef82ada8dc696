using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InterviewsByCreation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_InterviewRequests_OwnerId_CreatedUtc",
                table: "InterviewRequests",
                columns: new[] { "OwnerId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InterviewRequests_OwnerId_CreatedUtc",
                table: "InterviewRequests");
        }
    }
}
