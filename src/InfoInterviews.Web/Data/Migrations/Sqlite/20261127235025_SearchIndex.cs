using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index: one FTS5 table per kind, keyed by the row's id, carrying the owner.
            // Triggers keep it current on every write, bulk ones included (docs/decisions/0014). A
            // trigger reads only its own table and the index: EF Core rebuilds a SQLite table by
            // dropping and renaming it, which fails while a trigger on another table names it.
            foreach (var (table, columns) in new[]
            {
                ("ContactSearch", "\"Name\", \"Company\", \"Role\", \"Email\", \"Notes\", \"OwnerId\" UNINDEXED, \"CompanyId\" UNINDEXED"),
                ("CompanySearch", "\"Name\", \"Details\", \"Notes\", \"OwnerId\" UNINDEXED"),
                ("InterviewSearch", "\"Contact\", \"Goal\", \"Notes\", \"Answers\", \"OwnerId\" UNINDEXED"),
            })
            {
                migrationBuilder.Sql($"""
                    CREATE VIRTUAL TABLE "{table}" USING fts5({columns}, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                    """);
            }

            migrationBuilder.Sql($"""
                CREATE TRIGGER "Companies_search_insert" AFTER INSERT ON "Companies" BEGIN
                    {IndexCompany("new", string.Empty)}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Companies_search_update" AFTER UPDATE OF "Name", "Industry", "Location", "Notes", "OwnerId" ON "Companies" BEGIN
                    DELETE FROM "CompanySearch" WHERE rowid = old."Id";
                    {IndexCompany("new", string.Empty)}
                END;
                """);

            // A renamed company's contacts are found by its new name.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Companies_search_rename" AFTER UPDATE OF "Name" ON "Companies" BEGIN
                    UPDATE "ContactSearch" SET "Company" = new."Name" WHERE "CompanyId" = new."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Companies_search_delete" AFTER DELETE ON "Companies" BEGIN
                    DELETE FROM "CompanySearch" WHERE rowid = old."Id";
                END;
                """);

            migrationBuilder.Sql($"""
                CREATE TRIGGER "Contacts_search_insert" AFTER INSERT ON "Contacts" BEGIN
                    {IndexContact("new", string.Empty)}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Contacts_search_update" AFTER UPDATE OF "FullName", "CompanyId", "Role", "Email", "Notes", "OwnerId" ON "Contacts" BEGIN
                    DELETE FROM "ContactSearch" WHERE rowid = old."Id";
                    {IndexContact("new", string.Empty)}
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contacts_search_delete" AFTER DELETE ON "Contacts" BEGIN
                    DELETE FROM "ContactSearch" WHERE rowid = old."Id";
                END;
                """);

            // An interview's answers are written by the triggers on its questions, which come after it.
            migrationBuilder.Sql($"""
                CREATE TRIGGER "InterviewRequests_search_insert" AFTER INSERT ON "InterviewRequests" BEGIN
                    INSERT INTO "InterviewSearch" (rowid, "Contact", "Goal", "Notes", "OwnerId")
                    VALUES (new."Id", new."ContactName", new."Goal", {InterviewNotes("new")}, new."OwnerId");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "InterviewRequests_search_update" AFTER UPDATE OF "ContactName", "Goal", "Notes", "KeyInsights", "Advice", "ResourcesMentioned", "NextSteps", "OwnerId" ON "InterviewRequests" BEGIN
                    UPDATE "InterviewSearch"
                    SET "Contact" = new."ContactName", "Goal" = new."Goal", "Notes" = {InterviewNotes("new")}, "OwnerId" = new."OwnerId"
                    WHERE rowid = new."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "InterviewRequests_search_delete" AFTER DELETE ON "InterviewRequests" BEGIN
                    DELETE FROM "InterviewSearch" WHERE rowid = old."Id";
                END;
                """);
            foreach (var (name, change, row) in new[] { ("insert", "INSERT", "new"), ("update", "UPDATE OF \"Answer\"", "new"), ("delete", "DELETE", "old") })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "InterviewQuestions_search_{name}" AFTER {change} ON "InterviewQuestions" BEGIN
                        UPDATE "InterviewSearch" SET "Answers" = {InterviewAnswers($"{row}.\"InterviewRequestId\"")} WHERE rowid = {row}."InterviewRequestId";
                    END;
                    """);
            }

            // Existing rows; companies first, since a contact's row takes its company's name from theirs.
            migrationBuilder.Sql(IndexCompany("co", " FROM \"Companies\" AS co"));
            migrationBuilder.Sql(IndexContact("c", " FROM \"Contacts\" AS c"));
            migrationBuilder.Sql($"""
                INSERT INTO "InterviewSearch" (rowid, "Contact", "Goal", "Notes", "Answers", "OwnerId")
                SELECT r."Id", r."ContactName", r."Goal", {InterviewNotes("r")}, {InterviewAnswers("r.\"Id\"")}, r."OwnerId"
                FROM "InterviewRequests" AS r;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[]
            {
                "Contacts_search_insert", "Contacts_search_update", "Contacts_search_delete",
                "Companies_search_insert", "Companies_search_update", "Companies_search_rename", "Companies_search_delete",
                "InterviewRequests_search_insert", "InterviewRequests_search_update", "InterviewRequests_search_delete",
                "InterviewQuestions_search_insert", "InterviewQuestions_search_update", "InterviewQuestions_search_delete",
            })
            {
                migrationBuilder.Sql($"DROP TRIGGER \"{trigger}\";");
            }

            migrationBuilder.Sql("DROP TABLE \"ContactSearch\";");
            migrationBuilder.Sql("DROP TABLE \"CompanySearch\";");
            migrationBuilder.Sql("DROP TABLE \"InterviewSearch\";");
        }

        /// <summary>The index row of the company <paramref name="row"/> (a trigger's new row, or an alias that <paramref name="from"/> defines).</summary>
        private static string IndexCompany(string row, string from) => $"""
            INSERT INTO "CompanySearch" (rowid, "Name", "Details", "Notes", "OwnerId")
            SELECT {row}."Id", {row}."Name", concat_ws(' ', {row}."Industry", {row}."Location"), {row}."Notes", {row}."OwnerId"{from};
            """;

        /// <summary>The index row of the contact <paramref name="row"/>, with its company's name as the company's index row has it.</summary>
        private static string IndexContact(string row, string from) => $"""
            INSERT INTO "ContactSearch" (rowid, "Name", "Company", "Role", "Email", "Notes", "OwnerId", "CompanyId")
            SELECT {row}."Id", {row}."FullName", (SELECT s."Name" FROM "CompanySearch" AS s WHERE s.rowid = {row}."CompanyId"),
                {row}."Role", {row}."Email", {row}."Notes", {row}."OwnerId", {row}."CompanyId"{from};
            """;

        private static string InterviewNotes(string row) =>
            $"""concat_ws(' ', {row}."Notes", {row}."KeyInsights", {row}."Advice", {row}."ResourcesMentioned", {row}."NextSteps")""";

        private static string InterviewAnswers(string interviewId) =>
            $"""(SELECT group_concat(q."Answer", ' ') FROM "InterviewQuestions" AS q WHERE q."InterviewRequestId" = {interviewId})""";
    }
}
