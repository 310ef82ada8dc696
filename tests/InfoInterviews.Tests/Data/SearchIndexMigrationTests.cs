using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InfoInterviews.Tests.Data;

/// <summary>
/// The search index migration indexes the rows that exist when it runs, and on SQLite its triggers never
/// stand in the way of the table rebuilds EF Core's later migrations make. The class changes its own
/// database's schema, so it holds only these tests.
/// </summary>
public abstract class SearchIndexMigrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string BeforeSearch = "MatchKeysWeeklyGoalSampleMarkAndImportFiles";

    /// <summary>The database's table names, on either provider.</summary>
    private string TableNames => factory is SqliteAppFactory
        ? """SELECT name AS "Value" FROM sqlite_master WHERE type = 'table'"""
        : """SELECT table_name::text AS "Value" FROM information_schema.tables WHERE table_schema = current_schema()""";

    [SkippableFact]
    public async Task Rows_that_exist_before_the_migration_are_found_after_it()
    {
        using var network = await Network.SignInAsync(factory);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            // Saved through today's model, then the schema is taken back to before the search index, which
            // takes the index away and keeps the rows, and brought forward again.
            var contact = new Contact("Bianca", "Backfilled", network.Now) { Company = new Company("Prior Ltd", network.Now) };
            db.InterviewRequests.Add(new InterviewRequest(contact, InterviewPurpose.Career, "Ask about glaciology", AskChannel.Email, network.Now));
            await db.SaveChangesAsync();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + BeforeSearch, StringComparison.Ordinal)));
            Assert.DoesNotContain("ContactSearch", await db.Database.SqlQueryRaw<string>(TableNames).ToListAsync());
            await migrator.MigrateAsync();
        }

        var page = await network.Client.GetPageAsync("/Search?q=backfilled");
        Assert.Contains("Bianca Backfilled", page.Find("#search-contacts").TextContent, StringComparison.Ordinal);
        Assert.Contains("Prior Ltd", (await network.Client.GetPageAsync("/Search?q=prior")).Find("#search-companies").TextContent, StringComparison.Ordinal);
        Assert.Contains("Bianca Backfilled", (await network.Client.GetPageAsync("/Search?q=glacio")).Find("#search-interviews").TextContent, StringComparison.Ordinal);
    }
}

/// <summary>Only SQLite rebuilds a table to change it.</summary>
public sealed class SearchIndexMigrationTestsOnSqlite(SqliteAppFactory factory) : SearchIndexMigrationTests<SqliteAppFactory>(factory)
{
    private readonly SqliteAppFactory factory = factory;

    [SkippableTheory]
    [InlineData("Contacts")]
    [InlineData("Companies")]
    [InlineData("InterviewRequests")]
    [InlineData("InterviewQuestions")]
    public async Task Rebuilding_an_indexed_table_as_ef_core_does_is_not_refused(string table)
    {
        using var network = await Network.SignInAsync(factory);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 0;");
            await using var transaction = await db.Database.BeginTransactionAsync();

            // The statements EF Core's SQLite migrations run to rebuild a table; the rename is what fails
            // when a trigger on another table names the one dropped. The table's name is the test's own.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE TABLE "ef_temp_{table}" AS SELECT * FROM "{table}";
                DROP TABLE "{table}";
                ALTER TABLE "ef_temp_{table}" RENAME TO "{table}";
                """);
#pragma warning restore EF1002

            await transaction.RollbackAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 1;");
        }
    }
}

public sealed class SearchIndexMigrationTestsOnPostgres(PostgresAppFactory factory) : SearchIndexMigrationTests<PostgresAppFactory>(factory);
