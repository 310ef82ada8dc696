using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Dashboard;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using InfoInterviews.Web.SampleData;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages;

public abstract class SampleDataTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Loading_from_the_first_run_fills_the_workspace_with_the_generated_rows_all_marked_as_sample()
    {
        using var network = await Network.SignInAsync(factory);

        var home = await network.Client.GetPageAsync("/");
        using var response = await network.Client.SubmitAsync(home, "#load-sample-form");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var filled = await network.Client.FollowAsync(response);
        Assert.Contains("Sample data loaded: 60 contacts at 15 companies", filled.Text, StringComparison.Ordinal);
        Assert.Equal("/SampleData", filled.Find("#sample-notice a").GetAttribute("href"));
        var expected = new SampleGenerator(SampleWorkspace.Seed, factory.Clock.GetUtcNow().UtcDateTime, new MarkdownRenderer())
            .CreateUnit(0, SampleGenerator.CreateTags());
        var saved = await network.WithDbAsync(async db => new
        {
            Contacts = await db.Contacts.CountAsync(),
            Companies = await db.Companies.CountAsync(),
            Statuses = await db.InterviewRequests.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            Opportunities = await db.Opportunities.CountAsync(),
            PlannedBySave = await db.FollowUps.CountAsync() - expected.FollowUps.Count,
            NotSample = await NotSampleAsync(db),
        });
        Assert.Equal(expected.Contacts.Count, saved.Contacts);
        Assert.Equal(expected.Companies.Count, saved.Companies);
        Assert.Equal(expected.Interviews.CountBy(i => i.Status).ToDictionary(), saved.Statuses);
        Assert.Equal(expected.Opportunities.Count, saved.Opportunities);
        Assert.True(saved.PlannedBySave > 0, "The save plans nudges, thank-yous and keep-in-touch follow-ups for the sample, as for the user's own.");
        Assert.Equal(0, saved.NotSample);
    }

    private static readonly string[] FunnelStages = ["#funnel-requested", "#funnel-replied", "#funnel-scheduled", "#funnel-completed"];

    [SkippableFact]
    public async Task Loaded_sample_data_fills_every_widget_of_the_dashboard_with_the_figures_of_its_rows()
    {
        using var network = await Network.SignInAsync(factory);
        await LoadAsync(network);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var startOfToday = now.Date;
        var rows = await network.WithDbAsync(async db => new
        {
            Contacts = await db.Contacts.AsNoTracking().ToListAsync(),
            Companies = await db.Companies.CountAsync(),
            FollowUps = await db.FollowUps.AsNoTracking().ToListAsync(),
            Interviews = await db.InterviewRequests.AsNoTracking().Include(r => r.History).ToListAsync(),
            Opportunities = await db.Opportunities.CountAsync(),
        });

        var page = await network.Client.GetPageAsync("/?days=365");

        // Today: follow-ups due by the end of the day, interviews of the next fourteen days, unanswered asks.
        var due = rows.FollowUps.Count(f => f.CompletedUtc is null && f.DueUtc < startOfToday.AddDays(1));
        var upcoming = rows.Interviews.Count(r => r.Status == InterviewStatus.Scheduled
            && r.ScheduledStartUtc >= startOfToday && r.ScheduledStartUtc < startOfToday.AddDays(15));
        var waiting = rows.Interviews.Count(r => r.Status == InterviewStatus.Requested);
        Assert.Equal(due.ToString(CultureInfo.InvariantCulture), page.Find("#due-count").TextContent);
        Assert.Equal(upcoming.ToString(CultureInfo.InvariantCulture), page.Find("#upcoming-count").TextContent);
        Assert.Equal(waiting.ToString(CultureInfo.InvariantCulture), page.Find("#waiting-count").TextContent);
        Assert.Equal(Math.Min(waiting, DashboardQuery.ListSize), page.Document.QuerySelectorAll("#waiting li").Length);

        // This week: asks since Monday against the default goal.
        var monday = startOfToday.AddDays(-(((int)startOfToday.DayOfWeek + 6) % 7));
        var sentThisWeek = rows.Interviews.Sum(r => r.History.Count(h => h.ToStatus == InterviewStatus.Requested && h.ChangedUtc >= monday));
        Assert.Equal(sentThisWeek.ToString(CultureInfo.InvariantCulture), page.Find("#week-sent").TextContent);
        Assert.Equal("3", page.Find("#week-goal").TextContent);

        // The year's funnel: every ask of the sample is within it.
        var asked = rows.Interviews.Where(r => r.History.Any(h => h.ToStatus == InterviewStatus.Requested && h.ChangedUtc >= startOfToday.AddDays(-365))).ToList();
        bool Reached(InterviewRequest r, params InterviewStatus[] statuses) => r.History.Any(h => statuses.Contains(h.ToStatus));
        Assert.Equal(
            [asked.Count, asked.Count(r => Reached(r, InterviewStatus.Accepted, InterviewStatus.Declined)), asked.Count(r => Reached(r, InterviewStatus.Scheduled)), asked.Count(r => Reached(r, InterviewStatus.Completed))],
            FunnelStages.Select(id => int.Parse(page.Find(id).TextContent, CultureInfo.InvariantCulture)));

        // Network: every contact, those introduced, who introduced the most, each source, who is going cold.
        var introduced = rows.Contacts.Where(c => c.IntroducedById is not null).ToList();
        var topIntroducer = introduced.GroupBy(c => c.IntroducedById!.Value).MaxBy(g => g.Count())!;
        var openKeepInTouch = rows.FollowUps.Where(f => f.Kind == FollowUpKind.KeepInTouch && f.CompletedUtc is null && f.DueUtc < now).Select(f => f.ContactId).ToHashSet();
        var goingCold = rows.Contacts.Count(c => !c.IsArchived && (openKeepInTouch.Contains(c.Id)
            || (c.RepliedAs == Responsiveness.Booster && (c.LastTouchUtc ?? c.CreatedUtc) < now.AddDays(-DashboardQuery.BoosterColdDays))));
        Assert.Equal($"{rows.Contacts.Count} contacts", page.Find("#network-contacts").TextContent);
        Assert.Equal(introduced.Count.ToString(CultureInfo.InvariantCulture), page.Find("#network-introduced").TextContent);
        Assert.Contains($"({topIntroducer.Count()})", page.Find("#network-top-introducer").TextContent, StringComparison.Ordinal);
        Assert.Equal(
            rows.Contacts.CountBy(c => c.Source).Select(s => s.Value).Order(),
            page.Document.QuerySelectorAll("#network-sources tbody td").Select(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture)).Order());
        Assert.Equal(goingCold.ToString(CultureInfo.InvariantCulture), page.Find("#going-cold-count").TextContent);

        // Results and targets.
        Assert.Equal($"{rows.Opportunities} opportunities", page.Find("#results p a").TextContent);
        Assert.Equal(Math.Min(rows.Companies, DashboardQuery.TargetCount), page.Document.QuerySelectorAll("#targets li").Length);

        // Filled: no widget is empty, and every chart is drawn.
        Assert.All(new[] { due, upcoming, waiting, asked.Count, introduced.Count, goingCold, rows.Opportunities }, figure => Assert.True(figure > 0));
        Assert.True(page.Document.QuerySelectorAll("#results-months tbody tr").Length > 1, "No month shows a result.");
        Assert.Equal(page.Document.QuerySelectorAll("svg").Length, page.Document.QuerySelectorAll("svg title").Length);
        Assert.True(page.Document.QuerySelectorAll("svg").Length >= 3, "A chart is missing.");
    }

    [SkippableFact]
    public async Task Removing_asks_first_then_leaves_an_empty_workspace_but_a_contact_the_user_added()
    {
        using var network = await Network.SignInAsync(factory);
        await LoadAsync(network);
        var own = await network.AddContactAsync("Katherine", "Johnson");

        var confirm = await network.Client.GetPageAsync("/SampleData");
        Assert.Contains("keeps everything you added yourself", confirm.Text, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(confirm, "#remove-sample-form");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("The sample data was removed.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        var left = await network.WithDbAsync(async db => new
        {
            Contacts = await db.Contacts.Select(c => c.Id).ToListAsync(),
            Others = await db.Companies.CountAsync() + await db.Tags.CountAsync() + await db.InterviewRequests.CountAsync()
                + await db.InterviewStatusChanges.CountAsync() + await db.InterviewQuestions.CountAsync() + await db.Interactions.CountAsync()
                + await db.FollowUps.CountAsync() + await db.Opportunities.CountAsync(),
            QuestionSets = await db.QuestionSets.CountAsync(),
        });
        Assert.Equal([own.Id], left.Contacts);
        Assert.Equal(0, left.Others);
        Assert.True(left.QuestionSets > 0, "The starter question sets are the user's, not sample data.");
    }

    [SkippableFact]
    public async Task A_sample_contact_the_user_planned_a_follow_up_for_is_kept_with_its_company_and_tags_and_becomes_theirs()
    {
        using var network = await Network.SignInAsync(factory);
        await LoadAsync(network);
        var sampleContact = await network.WithDbAsync(db => db.Contacts.Where(c => c.Company != null).OrderBy(c => c.Id).FirstAsync());
        var itsTags = await network.WithDbAsync(db => db.ContactTags.Where(t => t.ContactId == sampleContact.Id).Select(t => t.Tag!.Name).Order().ToListAsync());
        var dueUtc = network.Now.AddDays(40);
        var planned = await network.AddFollowUpAsync(contactId: sampleContact.Id, title: "Ask about the data academy", dueUtc: dueUtc);
        var edited = await network.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.OrderByDescending(c => c.Id).FirstAsync(c => c.Id != sampleContact.Id);
            contact.Role = "Edited, but still sample";
            return contact;
        });

        using var response = await network.Client.SubmitAsync(await network.Client.GetPageAsync("/SampleData"), "#remove-sample-form");

        Assert.Contains(
            $"The sample data was removed. {2 + itsTags.Count} sample records that your own entries refer to were kept.",
            (await network.Client.FollowAsync(response)).Text,
            StringComparison.Ordinal);
        var kept = await network.WithDbAsync(db => db.Contacts.Include(c => c.Company).SingleAsync());
        Assert.Equal((sampleContact.Id, sampleContact.CompanyId), (kept.Id, kept.CompanyId));
        Assert.False(kept.IsSample);
        Assert.False(kept.Company!.IsSample);
        Assert.Equal(itsTags, await network.WithDbAsync(db => db.Tags.Select(t => t.Name).Order().ToListAsync()));
        Assert.Null(kept.LastTouchUtc);
        var open = await network.WithDbAsync(db => db.FollowUps.Where(f => f.CompletedUtc == null).Select(f => new { f.Id, f.Kind, f.DueUtc }).ToListAsync());
        Assert.Contains(open, f => f.Id == planned.Id && f.DueUtc == dueUtc);
        Assert.Equal([FollowUpKind.KeepInTouch, FollowUpKind.Other], open.Select(f => f.Kind).Order());
        Assert.Equal(open.Min(f => f.DueUtc), kept.NextFollowUpUtc);
        Assert.Equal(open.Count, await network.WithDbAsync(db => db.FollowUps.CountAsync()));
        Assert.False(await network.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == edited.Id)));
    }

    [SkippableFact]
    public async Task Moving_a_sample_interview_on_and_marking_a_sample_follow_up_done_leave_nothing_behind_on_removal()
    {
        using var network = await Network.SignInAsync(factory);
        await LoadAsync(network);
        await network.WithDbAsync(async db =>
        {
            var interview = await db.InterviewRequests.Include(r => r.Contact).FirstAsync(r => r.Status == InterviewStatus.Requested);
            interview.MoveTo(InterviewStatus.Accepted, network.Now);
            var followUp = await db.FollowUps.FirstAsync(f => f.CompletedUtc == null && f.InterviewRequestId == null);
            followUp.Complete(network.Now);
            return interview;
        });

        using var removed = await network.Client.PostAsync("/SampleData?handler=Remove", new Dictionary<string, string>());

        Assert.Contains("The sample data was removed.", (await network.Client.FollowAsync(removed)).Text, StringComparison.Ordinal);
        Assert.Equal(
            (0, 0, 0, 0),
            await network.WithDbAsync(async db => (await db.Contacts.CountAsync(), await db.Interactions.CountAsync(), await db.FollowUps.CountAsync(), await db.InterviewRequests.CountAsync())));
    }

    [SkippableFact]
    public async Task Loading_into_a_workspace_that_has_contacts_is_refused_with_a_message_and_adds_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Dorothy", "Vaughan");

        var page = await network.Client.GetPageAsync("/SampleData");
        Assert.Empty(page.Document.QuerySelectorAll("#load-sample-form"));
        using var response = await network.Client.PostAsync("/SampleData?handler=Load", new Dictionary<string, string>());

        Assert.Contains("Sample data goes into an empty workspace", (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal((1, 0), await network.WithDbAsync(async db => (await db.Contacts.CountAsync(), await db.Companies.CountAsync())));
    }

    [SkippableFact]
    public async Task Loading_twice_is_refused_and_keeps_one_sample()
    {
        using var network = await Network.SignInAsync(factory);
        await LoadAsync(network);

        var page = await network.Client.GetPageAsync("/SampleData");
        Assert.Empty(page.Document.QuerySelectorAll("#load-sample-form"));
        using var again = await network.Client.PostAsync("/SampleData?handler=Load", new Dictionary<string, string>());

        Assert.Contains("Sample data goes into an empty workspace", (await AppClient.ReadPageAsync(again)).Text, StringComparison.Ordinal);
        Assert.Equal(SampleGenerator.ContactsPerUnit, await network.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [SkippableFact]
    public async Task Removing_without_sample_data_says_so_and_removing_leaves_another_users_sample_alone()
    {
        using var other = await Network.SignInAsync(factory);
        await LoadAsync(other);
        using var network = await Network.SignInAsync(factory);

        using var nothing = await network.Client.PostAsync("/SampleData?handler=Remove", new Dictionary<string, string>());
        Assert.Contains("There is no sample data to remove.", (await AppClient.ReadPageAsync(nothing)).Text, StringComparison.Ordinal);
        await LoadAsync(network);
        using var removed = await network.Client.PostAsync("/SampleData?handler=Remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await network.WithDbAsync(db => db.Contacts.CountAsync()));
        Assert.Equal(SampleGenerator.ContactsPerUnit, await other.WithDbAsync(db => db.Contacts.CountAsync(c => c.IsSample)));
    }

    private static async Task LoadAsync(Network network)
    {
        using var response = await network.Client.PostAsync("/SampleData?handler=Load", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<int> NotSampleAsync(AppDbContext db) =>
        await db.Contacts.CountAsync(c => !c.IsSample) + await db.Companies.CountAsync(c => !c.IsSample) + await db.Tags.CountAsync(t => !t.IsSample)
        + await db.InterviewRequests.CountAsync(r => !r.IsSample) + await db.InterviewStatusChanges.CountAsync(s => !s.IsSample)
        + await db.InterviewQuestions.CountAsync(q => !q.IsSample) + await db.Interactions.CountAsync(i => !i.IsSample)
        + await db.FollowUps.CountAsync(f => !f.IsSample) + await db.Opportunities.CountAsync(o => !o.IsSample);
}

public sealed class SampleDataTestsOnSqlite(SqliteAppFactory factory) : SampleDataTests<SqliteAppFactory>(factory);

public sealed class SampleDataTestsOnPostgres(PostgresAppFactory factory) : SampleDataTests<PostgresAppFactory>(factory);
