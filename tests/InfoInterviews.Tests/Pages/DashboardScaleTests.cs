using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Dashboard;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using static InfoInterviews.Web.Domain.InterviewStatus;

namespace InfoInterviews.Tests.Pages;

/// <summary>
/// The dashboard over a workspace of a hundred thousand contacts, on a database of its own whose clock
/// no other test moves: the same SQL commands as over ten.
/// </summary>
public abstract class DashboardScaleTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task The_dashboard_sends_as_many_sql_commands_for_a_large_workspace_as_for_a_small_one()
    {
        using var small = await Network.SignInAsync(factory);
        await FillAsync(small, 10);
        using var large = await Network.SignInAsync(factory);
        await FillAsync(large, 1_000);
        await CopyAContactAsync(large, 99_000);
        Assert.Equal(100_000, await large.WithDbAsync(db => db.Contacts.CountAsync()));
        await RefreshPlannerStatisticsAsync();

        var smallCount = await CountCommandsAsync(small);
        var largeCount = await CountCommandsAsync(large);

        Assert.True(smallCount > 0, "The counter saw no command.");
        Assert.Equal(smallCount, largeCount);
        Assert.Equal(DashboardQuery.ListSize, (await large.Client.GetPageAsync("/")).Document.QuerySelectorAll("#waiting li").Length);
    }

    private async Task<int> CountCommandsAsync(Network network)
    {
        // The first page of a session may refresh it; both users are measured on their second, over a
        // funnel window not viewed yet, so that the figures are computed rather than taken from the cache.
        await network.Client.GetPageAsync("/");
        return await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/?days=30"));
    }

    /// <summary>
    /// Brings the planner's statistics up to the bulk insert, as each database's own upkeep does: the
    /// app's hourly <c>PRAGMA optimize</c> on SQLite, autovacuum's ANALYZE on PostgreSQL.
    /// </summary>
    private async Task RefreshPlannerStatisticsAsync()
    {
        if (factory.Services.GetService<SqliteOptimizer>() is { } optimizer)
        {
            await optimizer.OptimizeAsync(CancellationToken.None);
            return;
        }

        var (scope, db) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    /// <summary>
    /// Grows the user's workspace by <paramref name="copies"/> copies of one of their contacts in a single
    /// INSERT … SELECT over every column but the key, which arranges a hundred thousand rows in seconds.
    /// </summary>
    private static Task<int> CopyAContactAsync(Network network, int copies) =>
        network.WithDbAsync(async db =>
        {
            var contact = db.Model.FindEntityType(typeof(Contact))!;
            var table = StoreObjectIdentifier.Table(contact.GetTableName()!, contact.GetSchema());
            var columns = string.Join(", ", contact.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => $"\"{p.GetColumnName(table)}\""));
            var original = await db.Contacts.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var sql = "WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < {0}) "
                + $"INSERT INTO \"{table.Name}\" ({columns}) SELECT {columns} FROM \"{table.Name}\", copy WHERE \"Id\" = {{1}}";
            return await db.Database.ExecuteSqlRawAsync(sql, copies, original);
        });

    /// <summary>
    /// A workspace of <paramref name="contacts"/> contacts in which every list of the dashboard has rows:
    /// follow-ups due, interviews upcoming, held and waiting, introductions, contacts going cold, opportunities.
    /// </summary>
    private static async Task FillAsync(Network network, int contacts)
    {
        var now = network.Now;
        await network.WithDbAsync(async db =>
        {
            var companies = Enumerable.Range(0, 7).Select(i =>
            {
                var company = new Company(Network.Unique("Filled "), now);
                company.Score(i % 4, i % 3);
                return company;
            }).ToArray();
            Contact? first = null;
            var requests = new List<InterviewRequest>();
            for (var i = 0; i < contacts; i++)
            {
                var contact = new Contact(Network.Unique("Many"), null, now.AddDays(-(i % 400)))
                {
                    Source = (ContactSource)(i % 7),
                    Company = companies[i % companies.Length],
                    IntroducedBy = first,
                };
                first ??= contact;
                db.Contacts.Add(contact);
                db.FollowUps.Add(new FollowUp(contact, i % 2 == 0 ? FollowUpKind.KeepInTouch : FollowUpKind.Other, "Check in", now.AddDays(-1), now));
                if (i % 5 == 0)
                {
                    var request = new InterviewRequest(contact, InterviewPurpose.Job, null, AskChannel.Email, now.AddDays(-20));
                    db.InterviewRequests.Add(request);
                    requests.Add(request);
                }
            }

            // Moves log touches linked to the interviews, so they are saved first.
            await db.SaveChangesAsync();
            for (var i = 0; i < requests.Count; i++)
            {
                var request = requests[i];
                request.MoveTo(Requested, now.AddDays(-10));
                if (i % 4 == 0)
                {
                    continue;
                }

                request.MoveTo(Accepted, now.AddDays(-9));
                request.Schedule(i % 4 == 1 ? now.AddDays(1) : now.AddDays(-5), 30, MeetingFormat.Video, null, now.AddDays(-8));
                if (i % 4 == 3)
                {
                    request.Complete(now.AddDays(-5), now);
                    request.RecordOutcome(new InterviewOutcome(null, null, null, null, 5, true, true, true, true));
                    db.Opportunities.Add(new Opportunity(Network.Unique("Role "), OpportunityKind.Referral, DateOnly.FromDateTime(now), now) { InterviewRequestId = request.Id });
                }
            }

            return requests.Count;
        });
    }
}

public sealed class DashboardScaleTestsOnSqlite(SqliteAppFactory factory) : DashboardScaleTests<SqliteAppFactory>(factory);

public sealed class DashboardScaleTestsOnPostgres(PostgresAppFactory factory) : DashboardScaleTests<PostgresAppFactory>(factory);
