using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatusChangesByStatusAndTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InterviewStatusChanges_OwnerId",
                table: "InterviewStatusChanges");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewStatusChanges_OwnerId_ToStatus_ChangedUtc",
                table: "InterviewStatusChanges",
                columns: new[] { "OwnerId", "ToStatus", "ChangedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InterviewStatusChanges_OwnerId_ToStatus_ChangedUtc",
                table: "InterviewStatusChanges");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewStatusChanges_OwnerId",
                table: "InterviewStatusChanges",
                column: "OwnerId");
        }
    }
}
