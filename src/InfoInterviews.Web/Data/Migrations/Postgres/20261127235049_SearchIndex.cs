using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoInterviews.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Both extensions are trusted, so the database's owner may create them without superuser rights.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;");

            // unaccent() is only STABLE because it finds its dictionary through the search path; naming the
            // dictionary makes the fold immutable. Every run of characters other than letters and digits
            // becomes one space, and the text is wrapped in spaces, so "% word%" finds a word's start.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_fold(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT ' ' || btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce($1, ''))), '[^[:alnum:]]+', ' ', 'g')) || ' ' $$;
                """);

            // The search index: one table per kind, keyed by the row's id (deleted with it), carrying the
            // owner, the folded name that ranks first and the folded document that a trigram index serves.
            // Triggers keep it current on every write, bulk ones included (docs/decisions/0014).
            foreach (var (table, source) in new[] { ("ContactSearch", "Contacts"), ("CompanySearch", "Companies"), ("InterviewSearch", "InterviewRequests") })
            {
                migrationBuilder.Sql($"""
                    CREATE TABLE "{table}" (
                        "Id" integer PRIMARY KEY REFERENCES "{source}" ("Id") ON DELETE CASCADE,
                        "OwnerId" character varying(450) NOT NULL,
                        "Name" text NOT NULL,
                        "Document" text NOT NULL);
                    CREATE INDEX "IX_{table}_OwnerId" ON "{table}" ("OwnerId");
                    CREATE INDEX "IX_{table}_Document" ON "{table}" USING gin ("Document" gin_trgm_ops);
                    """);
            }

            migrationBuilder.Sql("""
                CREATE FUNCTION index_contacts(ids integer[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO "ContactSearch" ("Id", "OwnerId", "Name", "Document")
                    SELECT c."Id", c."OwnerId", search_fold(c."FullName"),
                        search_fold(concat_ws(' ', c."FullName", co."Name", c."Role", c."Email", c."Notes"))
                    FROM "Contacts" AS c LEFT JOIN "Companies" AS co ON co."Id" = c."CompanyId"
                    WHERE c."Id" = ANY (ids)
                    ON CONFLICT ("Id") DO UPDATE SET "OwnerId" = excluded."OwnerId", "Name" = excluded."Name", "Document" = excluded."Document";
                $$;

                CREATE FUNCTION index_companies(ids integer[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO "CompanySearch" ("Id", "OwnerId", "Name", "Document")
                    SELECT co."Id", co."OwnerId", search_fold(co."Name"),
                        search_fold(concat_ws(' ', co."Name", co."Industry", co."Location", co."Notes"))
                    FROM "Companies" AS co
                    WHERE co."Id" = ANY (ids)
                    ON CONFLICT ("Id") DO UPDATE SET "OwnerId" = excluded."OwnerId", "Name" = excluded."Name", "Document" = excluded."Document";
                $$;

                CREATE FUNCTION index_interviews(ids integer[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO "InterviewSearch" ("Id", "OwnerId", "Name", "Document")
                    SELECT r."Id", r."OwnerId", search_fold(r."ContactName"),
                        search_fold(concat_ws(' ', r."ContactName", r."Goal", r."Notes", r."KeyInsights", r."Advice", r."ResourcesMentioned", r."NextSteps",
                            (SELECT string_agg(q."Answer", ' ') FROM "InterviewQuestions" AS q WHERE q."InterviewRequestId" = r."Id")))
                    FROM "InterviewRequests" AS r
                    WHERE r."Id" = ANY (ids)
                    ON CONFLICT ("Id") DO UPDATE SET "OwnerId" = excluded."OwnerId", "Name" = excluded."Name", "Document" = excluded."Document";
                $$;
                """);

            // Inserts are indexed once per statement, from its transition table, so a bulk insert is one
            // set-based write rather than one per row; updates, which name the columns indexed, per row.
            migrationBuilder.Sql("""
                CREATE FUNCTION "Contacts_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_contacts(ARRAY(SELECT n."Id" FROM new_rows AS n));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Contacts_search_insert" AFTER INSERT ON "Contacts"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "Contacts_search_insert"();

                CREATE FUNCTION "Contacts_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_contacts(ARRAY[NEW."Id"]);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Contacts_search_update" AFTER UPDATE OF "FullName", "CompanyId", "Role", "Email", "Notes", "OwnerId"
                    ON "Contacts" FOR EACH ROW EXECUTE FUNCTION "Contacts_search_update"();

                CREATE FUNCTION "Companies_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_companies(ARRAY(SELECT n."Id" FROM new_rows AS n));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Companies_search_insert" AFTER INSERT ON "Companies"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "Companies_search_insert"();

                -- A renamed company's contacts are found by its new name.
                CREATE FUNCTION "Companies_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_companies(ARRAY[NEW."Id"]);
                    IF NEW."Name" IS DISTINCT FROM OLD."Name" THEN
                        PERFORM index_contacts(ARRAY(SELECT c."Id" FROM "Contacts" AS c WHERE c."CompanyId" = NEW."Id"));
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Companies_search_update" AFTER UPDATE OF "Name", "Industry", "Location", "Notes", "OwnerId"
                    ON "Companies" FOR EACH ROW EXECUTE FUNCTION "Companies_search_update"();

                CREATE FUNCTION "InterviewRequests_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_interviews(ARRAY(SELECT n."Id" FROM new_rows AS n));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "InterviewRequests_search_insert" AFTER INSERT ON "InterviewRequests"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "InterviewRequests_search_insert"();

                CREATE FUNCTION "InterviewRequests_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_interviews(ARRAY[NEW."Id"]);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "InterviewRequests_search_update" AFTER UPDATE OF "ContactName", "Goal", "Notes", "KeyInsights", "Advice", "ResourcesMentioned", "NextSteps", "OwnerId"
                    ON "InterviewRequests" FOR EACH ROW EXECUTE FUNCTION "InterviewRequests_search_update"();

                -- An answer belongs to its interview's row, which is rebuilt when an answer comes, changes or goes.
                CREATE FUNCTION "InterviewQuestions_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_interviews(ARRAY(SELECT DISTINCT n."InterviewRequestId" FROM new_rows AS n));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "InterviewQuestions_search_insert" AFTER INSERT ON "InterviewQuestions"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "InterviewQuestions_search_insert"();

                CREATE FUNCTION "InterviewQuestions_search_change"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM index_interviews(ARRAY[OLD."InterviewRequestId"]);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "InterviewQuestions_search_change" AFTER UPDATE OF "Answer" OR DELETE
                    ON "InterviewQuestions" FOR EACH ROW EXECUTE FUNCTION "InterviewQuestions_search_change"();
                """);

            migrationBuilder.Sql("""
                SELECT index_contacts(ARRAY(SELECT "Id" FROM "Contacts"));
                SELECT index_companies(ARRAY(SELECT "Id" FROM "Companies"));
                SELECT index_interviews(ARRAY(SELECT "Id" FROM "InterviewRequests"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The extensions stay: other objects may use them.
            migrationBuilder.Sql("""
                DROP TRIGGER "Contacts_search_insert" ON "Contacts";
                DROP TRIGGER "Contacts_search_update" ON "Contacts";
                DROP TRIGGER "Companies_search_insert" ON "Companies";
                DROP TRIGGER "Companies_search_update" ON "Companies";
                DROP TRIGGER "InterviewRequests_search_insert" ON "InterviewRequests";
                DROP TRIGGER "InterviewRequests_search_update" ON "InterviewRequests";
                DROP TRIGGER "InterviewQuestions_search_insert" ON "InterviewQuestions";
                DROP TRIGGER "InterviewQuestions_search_change" ON "InterviewQuestions";
                DROP FUNCTION "Contacts_search_insert"();
                DROP FUNCTION "Contacts_search_update"();
                DROP FUNCTION "Companies_search_insert"();
                DROP FUNCTION "Companies_search_update"();
                DROP FUNCTION "InterviewRequests_search_insert"();
                DROP FUNCTION "InterviewRequests_search_update"();
                DROP FUNCTION "InterviewQuestions_search_insert"();
                DROP FUNCTION "InterviewQuestions_search_change"();
                DROP FUNCTION index_contacts(integer[]);
                DROP FUNCTION index_companies(integer[]);
                DROP FUNCTION index_interviews(integer[]);
                DROP TABLE "ContactSearch";
                DROP TABLE "CompanySearch";
                DROP TABLE "InterviewSearch";
                DROP FUNCTION search_fold(text);
                """);
        }
    }
}
