using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InfoInterviews.Tests.Data;

/// <summary>
/// Opportunities saved before kinds existed (an advertised flag and a "Heard" status) are read as
/// kinds and "learned of" once the migration ran. The class migrates its own database down and up,
/// so it holds this one test.
/// </summary>
public abstract class OpportunityMigrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string BeforeKinds = "StoredNotesHtmlAndInterviewNameKeys";

    [SkippableFact]
    public async Task Stored_advertised_flags_and_heard_statuses_become_kinds_and_learned_of()
    {
        using var network = await Network.SignInAsync(factory);
        var created = new DateTime(2026, 2, 3, 23, 30, 0, DateTimeKind.Utc);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().Single(m => m.EndsWith("_" + BeforeKinds, StringComparison.Ordinal));
            await migrator.MigrateAsync(before);
            foreach (var (title, advertised, status) in new[] { ("Quiet role", false, "Heard"), ("Posted role", true, "Applied") })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Opportunities" ("OwnerId", "Version", "Title", "WasAdvertised", "Status", "CreatedUtc")
                    VALUES ({network.UserId}, {Guid.NewGuid()}, {title}, {advertised}, {status}, {created})
                    """);
            }

            await migrator.MigrateAsync();
        }

        var rows = await network.WithDbAsync(db => db.Opportunities.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new { o.Title, o.Kind, o.Status, o.LearnedOn, o.StatusChangedUtc })
            .ToListAsync());
        Assert.Equal(
            [("Quiet role", OpportunityKind.RoleNotAdvertised, OpportunityStatus.LearnedOf), ("Posted role", OpportunityKind.AdvertisedRole, OpportunityStatus.Applied)],
            rows.Select(r => (r.Title, r.Kind, r.Status)));
        Assert.All(rows, r => Assert.Equal((new DateOnly(2026, 2, 3), created), (r.LearnedOn, r.StatusChangedUtc)));
    }
}

public sealed class OpportunityMigrationTestsOnSqlite(SqliteAppFactory factory) : OpportunityMigrationTests<SqliteAppFactory>(factory);

public sealed class OpportunityMigrationTestsOnPostgres(PostgresAppFactory factory) : OpportunityMigrationTests<PostgresAppFactory>(factory);
