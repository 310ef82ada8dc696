using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Pages;

/// <summary>
/// The dashboard's funnel costs what the requests of its window cost, not what the workspace holds. On
/// SQLite, whose query plans tell which index a query searches by.
/// </summary>
public sealed class DashboardPlanTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [SkippableFact]
    public async Task The_funnel_reads_no_table_by_its_owner_alone()
    {
        var plans = new SqliteQueryPlans();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(plans))));
        using var network = await Network.SignInAsync(factory, new AppClient(app.CreateClient(new() { AllowAutoRedirect = false })));
        await network.WithDbAsync(async db =>
        {
            var now = network.Now;
            var interviews = Enumerable.Range(0, 200)
                .Select(i => new InterviewRequest(new Contact(Network.Unique("Asked"), null, now), InterviewPurpose.Job, null, AskChannel.Email, now.AddDays(-400)))
                .ToList();
            db.InterviewRequests.AddRange(interviews);
            await db.SaveChangesAsync();
            // Most requests were asked long before the window, as in a workspace of some years.
            foreach (var (interview, i) in interviews.Select((interview, i) => (interview, i)))
            {
                Domain.Interviews.Walk(interview, i < 20 ? InterviewStatus.Accepted : InterviewStatus.Requested, now.AddDays(i < 20 ? -3 : -300));
            }

            await db.SaveChangesAsync();

            // The planner's statistics as a workspace of 4,000 interviews among many small ones leaves them
            // (rows per index prefix, averaged over all users), which no test can afford to insert.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            return await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE sqlite_stat1 SET stat = '4314 91 2' WHERE idx = 'IX_InterviewRequests_OwnerId_CreatedUtc';
                UPDATE sqlite_stat1 SET stat = '16803 101 14 1' WHERE idx = 'IX_InterviewStatusChanges_OwnerId_ToStatus_ChangedUtc';
                UPDATE sqlite_stat1 SET stat = '16803 4 1' WHERE idx = 'IX_InterviewStatusChanges_InterviewRequestId_ChangedUtc';
                """);
        });

        // Connections read the statistics when they open.
        SqliteConnection.ClearAllPools();
        await network.Client.GetPageAsync("/");

        var steps = await plans.RecordAsync(() => network.Client.GetPageAsync("/?days=30"));

        var funnel = steps.Where(s => s.Sql.Contains("@since", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(funnel);
        Assert.DoesNotContain(funnel, s => SqliteQueryPlans.ReadsByOwnerAlone(s.Step));
    }
}
