using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Dashboard;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages;
using Microsoft.EntityFrameworkCore;
using static InfoInterviews.Web.Domain.InterviewStatus;

namespace InfoInterviews.Tests.Pages;

/// <summary>The signed-in home page: the dashboard.</summary>
public abstract class DashboardTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Every_widget_shows_the_exact_figures_of_a_known_workspace_and_nothing_of_another_user()
    {
        // A Wednesday noon (UTC, the user's zone), so that the days before it fall on known weekdays.
        var now = MoveClockToWednesdayNoon();
        using var network = await Network.SignInAsync(factory);
        using var stranger = await Network.SignInAsync(factory);
        await stranger.AddInterviewAsync(status: Requested);
        await stranger.AddFollowUpAsync((await stranger.AddContactAsync()).Id, dueUtc: now.AddDays(-1));
        await network.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Id == network.UserId)).WeeklyGoal = 2);
        var targets = new List<Company>
        {
            await network.AddCompanyAsync(Network.Unique("Third "), motivation: 3, posting: 3),
            await network.AddCompanyAsync(Network.Unique("First "), motivation: 3, posting: 2),
            await network.AddCompanyAsync(Network.Unique("Second "), motivation: 3, posting: 2),
            await network.AddCompanyAsync(Network.Unique("Fourth "), motivation: 2),
            await network.AddCompanyAsync(Network.Unique("Fifth "), motivation: 1),
        };
        var left = await network.AddCompanyAsync(Network.Unique("Sixth "));

        // Requests: this week two (Tuesday, today), last week two (Monday, Tuesday), then one a week earlier still.
        var tuesday = await AddInterviewAsync(network, now.AddDays(-1), r => r.MoveTo(Requested, now.AddDays(-1)));
        var lastTuesday = await AddInterviewAsync(network, now.AddDays(-8), r => r.MoveTo(Requested, now.AddDays(-8)));
        var booked = await AddInterviewAsync(network, now.AddDays(-9), r =>
        {
            r.MoveTo(Requested, now.AddDays(-9));
            r.MoveTo(Accepted, now.AddDays(-7));
            r.Schedule(now.AddDays(2).AddHours(3), 30, MeetingFormat.Video, null, now.AddDays(-7));
        }, targets[1].Id);
        await AddInterviewAsync(network, now.AddDays(-21), r =>
        {
            r.MoveTo(Requested, now.AddDays(-21));
            r.MoveTo(Declined, now.AddDays(-20));
        });
        var held = await AddInterviewAsync(network, now.AddDays(-28), r =>
        {
            r.MoveTo(Requested, now.AddDays(-28));
            r.MoveTo(Accepted, now.AddDays(-23));
            r.Schedule(now.AddDays(-20).AddHours(-2), 30, MeetingFormat.Coffee, null, now.AddDays(-22));
            r.Complete(now.AddDays(-20).AddHours(-2), now);
            r.RecordOutcome(new InterviewOutcome(null, null, null, null, 4, true, false, true, true));
        });
        await AddInterviewAsync(network, now.AddDays(-120), r =>
        {
            r.MoveTo(Requested, now.AddDays(-120));
            r.MoveTo(NoAnswer, now.AddDays(-110));
        });
        await AddInterviewAsync(network, now.AddDays(-2), _ => { });
        var thisMorning = await AddInterviewAsync(network, now.AddHours(-3), r => r.MoveTo(Requested, now.AddHours(-3)));
        var longAgo = await AddInterviewAsync(network, now.AddDays(-203), r =>
        {
            r.MoveTo(Requested, now.AddDays(-203));
            r.MoveTo(Accepted, now.AddDays(-202));
        });

        var introducer = await network.AddContactAsync(Network.Unique("Xavier"), company: targets[1].Name, configure: c => c.Source = ContactSource.Alumni);
        var other = await network.AddContactAsync(Network.Unique("Yvonne"), company: targets[1].Name, configure: c => c.Source = ContactSource.Alumni);
        foreach (var by in new[] { introducer, introducer, other })
        {
            await network.AddContactAsync(configure: c =>
            {
                c.Source = ContactSource.Introduced;
                c.IntroducedById = by.Id;
            });
        }

        var rhythm = await network.AddContactAsync(Network.Unique("Kim"), configure: c => c.Source = ContactSource.Event);

        // The routines planned follow-ups of their own; the dashboard is checked against these alone.
        await network.WithDbAsync(db => db.FollowUps.ExecuteDeleteAsync());
        await network.AddFollowUpAsync(tuesday.ContactId, dueUtc: now.AddDays(-3));
        await network.AddFollowUpAsync(tuesday.ContactId, dueUtc: now.AddHours(2));
        await network.AddFollowUpAsync(tuesday.ContactId, dueUtc: now.AddDays(1));
        await network.AddFollowUpAsync(tuesday.ContactId, dueUtc: now.AddDays(-5), doneUtc: now.AddDays(-4));
        await network.AddFollowUpAsync(rhythm.Id, dueUtc: now.AddDays(-30), kind: FollowUpKind.KeepInTouch);

        await network.AddOpportunityAsync(kind: OpportunityKind.Referral, configure: o => o.InterviewRequestId = held.Id);
        await network.AddOpportunityAsync(configure: o =>
        {
            o.InterviewRequestId = booked.Id;
            o.MoveTo(OpportunityStatus.Applied, now);
        });
        await network.AddOpportunityAsync(kind: OpportunityKind.AdvertisedRole);

        var page = await network.Client.GetPageAsync("/");

        Assert.Equal("3", page.Find("#due-count").TextContent);
        Assert.Equal(3, page.Document.QuerySelectorAll("#due li.list-group-item").Length);
        Assert.Equal("1", page.Find("#upcoming-count").TextContent);
        Assert.Contains(booked.ContactName, page.Find("#upcoming").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"#upcoming a[href='/Interviews/{booked.Id}/Prep']"));
        Assert.Equal("3", page.Find("#waiting-count").TextContent);
        Assert.Equal(
            [$"{lastTuesday.ContactName} 6 business days", $"{tuesday.ContactName} 1 business day", $"{thisMorning.ContactName} no business days"],
            page.Document.QuerySelectorAll("#waiting li").Select(li => $"{li.QuerySelector("a")!.TextContent} {li.TextContent[(li.TextContent.IndexOf("waiting ", StringComparison.Ordinal) + 8)..].Trim()}"));

        Assert.Equal(("2", "2", "2 weeks"), (page.Find("#week-sent").TextContent, page.Find("#week-goal").TextContent, page.Find("#week-streak").TextContent));

        Assert.Equal(["6", "3", "2", "1", "2", "50%", "2 business days"], FunnelFigures(page));
        Assert.Equal(["8", "4", "2", "1", "2", "50%", "1.5 business days"], FunnelFigures(await network.Client.GetPageAsync("/?days=365")));

        Assert.Equal("15 contacts", page.Find("#network-contacts").TextContent);
        Assert.Equal("3", page.Find("#network-introduced").TextContent);
        Assert.Contains($"{introducer.FullName} introduced the most (2)", page.Find("#network-top-introducer").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Existing network 9", "Introduced 3", "Alumni 2", "Event 1"], Rows(page, "#network-sources tbody tr"));
        Assert.Equal(15, page.Document.QuerySelectorAll("#chart-contacts ~ figcaption tbody td").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("2", page.Find("#going-cold-count").TextContent);
        Assert.Equal([longAgo.ContactName, rhythm.FullName], page.Document.QuerySelectorAll("#going-cold li > a").Select(a => a.TextContent));

        Assert.Equal("1 referral", page.Find("#results-referrals").TextContent);
        Assert.Equal(["Role not advertised Applied 1", "Advertised role Learned of 1", "Referral Learned of 1"], Rows(page, "#results-opportunities tbody tr"));
        var month = DateOnly.FromDateTime(now.AddDays(-20)).ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal([$"{month} 1 0 1 1", $"Last 12 months 1 0 1 1"], Rows(page, "#results-months tbody tr"));

        Assert.Equal(
            [targets[0].Name, targets[1].Name, targets[2].Name, targets[3].Name, targets[4].Name],
            page.Document.QuerySelectorAll("#targets li > a").Select(a => a.TextContent));
        Assert.DoesNotContain(left.Name, page.Text, StringComparison.Ordinal);
        Assert.Contains("3 contacts · 1 interview", page.Document.QuerySelectorAll("#targets li")[1].TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_contact_going_cold_takes_a_logged_touch_or_a_follow_up_in_one_click()
    {
        using var network = await Network.SignInAsync(factory);
        var now = network.Now;
        var cold = await network.WithDbAsync(db =>
        {
            // In touch every month, and not touched for two: its keep-in-touch follow-up is a month overdue.
            var contact = new Contact("Grace", "Hopper", now.AddDays(-60));
            contact.KeepInTouchEvery(30);
            db.Contacts.Add(contact);
            return Task.FromResult(contact);
        });
        var home = await network.Client.GetPageAsync("/");
        Assert.Equal("1", home.Find("#going-cold-count").TextContent);

        using (var planned = await network.Client.SubmitAsync(home, $"#going-cold form[action*='handler=FollowUp']"))
        {
            Assert.Contains("planned for tomorrow", (await network.Client.FollowAsync(planned)).Text, StringComparison.Ordinal);
        }

        using (var touched = await network.Client.SubmitAsync(home, $"#going-cold form[action*='handler=Touch']"))
        {
            var after = await network.Client.FollowAsync(touched);
            Assert.Contains("Your message to Grace Hopper is logged as a touch.", after.Text, StringComparison.Ordinal);
            Assert.Equal("0", after.Find("#going-cold-count").TextContent);
        }

        var saved = await network.WithDbAsync(async db => new
        {
            Touches = await db.Interactions.Where(i => i.ContactId == cold.Id).Select(i => new { i.Kind, i.Direction, i.OccurredUtc }).ToListAsync(),
            FollowUps = await db.FollowUps.Where(f => f.ContactId == cold.Id && f.Title == IndexModel.GetBackInTouch).Select(f => new { f.DueUtc, f.CompletedUtc }).ToListAsync(),
        });
        var touch = Assert.Single(saved.Touches);
        Assert.Equal((InteractionKind.Message, InteractionDirection.Outgoing), (touch.Kind, touch.Direction));
        Assert.Equal(now.Date.AddDays(1), Assert.Single(saved.FollowUps).DueUtc);
    }

    [SkippableFact]
    public async Task A_funnel_window_not_offered_shows_the_default_window()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync();

        foreach (var url in new[] { "/?days=45", "/?days=many" })
        {
            var page = await network.Client.GetPageAsync(url);
            Assert.Equal($"{DashboardQuery.DefaultFunnelDays} days", page.Find("#funnel a[aria-current='page']").TextContent);
        }
    }

    private static readonly string[] FunnelFigureIds =
        ["#funnel-requested", "#funnel-replied", "#funnel-scheduled", "#funnel-completed", "#funnel-results", "#funnel-reply-rate", "#funnel-median"];

    private static string[] FunnelFigures(HtmlPage page) =>
        FunnelFigureIds.Select(id => page.Find(id).TextContent).ToArray();

    private static string[] Rows(HtmlPage page, string selector) =>
        page.Document.QuerySelectorAll(selector)
            .Select(row => string.Join(' ', row.Children.Select(cell => cell.TextContent.Trim())))
            .ToArray();

    private DateTime MoveClockToWednesdayNoon()
    {
        var day = factory.Clock.GetUtcNow().UtcDateTime.Date.AddDays(2);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }

        var noon = DateTime.SpecifyKind(day.AddHours(12), DateTimeKind.Utc);
        factory.Clock.SetUtcNow(noon);
        return noon;
    }

    /// <summary>A new contact asked for an interview that <paramref name="walk"/> moves along, with times of the test's choosing.</summary>
    private static Task<InterviewRequest> AddInterviewAsync(Network network, DateTime createdUtc, Action<InterviewRequest> walk, int? companyId = null) =>
        network.WithDbAsync(async db =>
        {
            var contact = new Contact(Network.Unique("Asked"), null, createdUtc) { CompanyId = companyId };
            var interview = new InterviewRequest(contact, InterviewPurpose.Career, null, AskChannel.Email, createdUtc);
            db.InterviewRequests.Add(interview);

            // Moves log touches linked to the interview, so it is saved first.
            await db.SaveChangesAsync();
            walk(interview);
            return interview;
        });

}

public sealed class DashboardTestsOnSqlite(SqliteAppFactory factory) : DashboardTests<SqliteAppFactory>(factory);

public sealed class DashboardTestsOnPostgres(PostgresAppFactory factory) : DashboardTests<PostgresAppFactory>(factory);
