using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.FollowUps;

/// <summary>
/// The follow-up routines through the real pages: marking a request sent, logging a reply, completing
/// an interview, and keeping a rhythm. The clock is faked and only moves forward, so each test first
/// moves it to the weekday it needs.
/// </summary>
public abstract class RoutineTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string NewYork = "America/New_York";

    private static readonly TimeZoneInfo NewYorkZone = TimeZoneInfo.FindSystemTimeZoneById(NewYork);

    [SkippableFact]
    public async Task A_request_sent_on_a_Friday_plans_nudges_for_Wednesday_and_the_Tuesday_after_and_an_incoming_email_on_Monday_closes_both()
    {
        using var network = await Network.SignInAsync(factory, timeZone: NewYork);
        var company = Network.Unique("Navy");
        var interview = await AddPlannedInterviewAsync(network, company);

        // Friday 22:00 in New York is Saturday in UTC: the business days are New York's.
        var friday = MoveClockTo(DayOfWeek.Friday, 22);
        await MoveAsync(network, interview.Id, InterviewStatus.Requested);

        var planned = await FollowUpsOfAsync(network, interview.ContactId!.Value);
        Assert.Collection(
            planned,
            second =>
            {
                Assert.Equal((FollowUpKind.SecondContact, $"Reach a second contact at {company}"), (second.Kind, second.Title));
                Assert.Equal(Local(friday.AddDays(5)), second.DueUtc);
            },
            nudge =>
            {
                Assert.Equal((FollowUpKind.Nudge, "Follow up with Grace Hopper"), (nudge.Kind, nudge.Title));
                Assert.Equal(Local(friday.AddDays(11)), nudge.DueUtc);
            });
        Assert.All(planned, f => Assert.Equal(interview.Id, f.InterviewRequestId));
        Assert.Equal(Local(friday.AddDays(5)), (await ContactAsync(network, interview.ContactId!.Value)).NextFollowUpUtc);

        MoveClockTo(DayOfWeek.Monday, 9);
        var contactPage = await network.Client.GetPageAsync($"/Contacts/{interview.ContactId}");
        using var logged = await network.Client.SubmitAsync(contactPage, "#log-touch", new Dictionary<string, string?>
        {
            ["Touch.Kind"] = nameof(InteractionKind.Email),
            ["Touch.Direction"] = nameof(InteractionDirection.Incoming),
        });

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.All(await FollowUpsOfAsync(network, interview.ContactId!.Value), f => Assert.True(f.IsDone, $"{f.Title} is still open."));
        var contact = await ContactAsync(network, interview.ContactId!.Value);
        Assert.Null(contact.NextFollowUpUtc);
        Assert.Equal(Responsiveness.Booster, contact.RepliedAs);
        var shown = await network.Client.FollowAsync(logged);
        Assert.Contains("Booster: replied within 3 business days", shown.Find("#responsiveness").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Declining_closes_the_nudges_and_asking_again_plans_new_ones()
    {
        using var network = await Network.SignInAsync(factory, timeZone: NewYork);
        var interview = await AddPlannedInterviewAsync(network, company: null);
        MoveClockTo(DayOfWeek.Tuesday, 10);
        await MoveAsync(network, interview.Id, InterviewStatus.Requested);
        await MoveAsync(network, interview.Id, InterviewStatus.Declined);
        await MoveAsync(network, interview.Id, InterviewStatus.Requested);

        var followUps = await FollowUpsOfAsync(network, interview.ContactId!.Value);

        Assert.Equal([(FollowUpKind.Nudge, true), (FollowUpKind.Nudge, false)], followUps.Select(f => (f.Kind, f.IsDone)).OrderBy(f => f.IsDone == false));
    }

    [SkippableFact]
    public async Task Completing_an_interview_plans_one_thank_you_the_next_day_and_one_update_and_saving_it_again_plans_nothing_more()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync(status: InterviewStatus.Scheduled);

        var form = await network.Client.GetPageAsync($"/Interviews/{interview.Id}/Outcome");
        using var completed = await network.Client.SubmitAsync(form, "#outcome-form", new Dictionary<string, string?> { ["Input.KeyInsights"] = "Ship early" });
        var edit = await network.Client.GetPageAsync($"/Interviews/{interview.Id}/Outcome");
        using var edited = await network.Client.SubmitAsync(edit, "#outcome-form", new Dictionary<string, string?> { ["Input.Advice"] = "Write it down" });
        using var completedAgain = await network.Client.SubmitAsync(form, "#outcome-form");

        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completedAgain.StatusCode);
        var metUtc = (await network.LoadInterviewAsync(interview.Id)).CompletedUtc!.Value;
        var followUps = await FollowUpsOfAsync(network, interview.ContactId!.Value);
        Assert.Equal(
            [(FollowUpKind.ThankYou, metUtc.AddDays(1)), (FollowUpKind.Update, metUtc.AddDays(28))],
            followUps.Select(f => (f.Kind, f.DueUtc)));
        Assert.All(followUps, f => Assert.Equal(interview.Id, f.InterviewRequestId));
    }

    [SkippableFact]
    public async Task A_30_day_rhythm_shows_the_next_follow_up_on_the_contact_list_and_a_logged_touch_moves_it()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Katherine", Network.Unique("Johnson"));
        var firstTouch = await LogTouchAsync(network, contact.Id);

        var edit = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");
        using var saved = await network.Client.SubmitAsync(edit, "#contact-form", new Dictionary<string, string?> { ["Input.KeepInTouchDays"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Day(firstTouch.AddDays(30)), await NextFollowUpShownAsync(network, contact));

        factory.Clock.Advance(TimeSpan.FromDays(6));
        var secondTouch = await LogTouchAsync(network, contact.Id);

        Assert.Equal(Day(secondTouch.AddDays(30)), await NextFollowUpShownAsync(network, contact));
        var open = (await FollowUpsOfAsync(network, contact.Id)).Where(f => !f.IsDone).ToList();
        Assert.Equal([(FollowUpKind.KeepInTouch, secondTouch.AddDays(30))], open.Select(f => (f.Kind, f.DueUtc)));
    }

    [SkippableFact]
    public async Task The_contact_list_filters_Boosters_and_Curmudgeons()
    {
        using var network = await Network.SignInAsync(factory);
        var quick = await AddPlannedInterviewAsync(network, company: null, lastName: Network.Unique("Quick"));
        var silent = await AddPlannedInterviewAsync(network, company: null, lastName: Network.Unique("Silent"));
        MoveClockTo(DayOfWeek.Monday, 9);
        await MoveAsync(network, quick.Id, InterviewStatus.Requested);
        await MoveAsync(network, silent.Id, InterviewStatus.Requested);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(network, quick.Id, InterviewStatus.Accepted);

        var curmudgeonsTooSoon = await network.Client.GetPageAsync("/Contacts?responsiveness=Curmudgeon");
        factory.Clock.Advance(TimeSpan.FromDays(9));
        var boosters = await network.Client.GetPageAsync("/Contacts?responsiveness=Booster");
        var curmudgeons = await network.Client.GetPageAsync("/Contacts?responsiveness=Curmudgeon");

        Assert.Equal("", Names(curmudgeonsTooSoon));
        Assert.Equal(quick.ContactName, Names(boosters));
        Assert.Equal(silent.ContactName, Names(curmudgeons));
        var silentPage = await network.Client.GetPageAsync($"/Contacts/{silent.ContactId}");
        Assert.Contains("Curmudgeon: no reply after 7 business days", silentPage.Find("#responsiveness").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_unknown_responsiveness_is_dropped_with_a_message_and_the_list_still_answers()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Dorothy", Network.Unique("Vaughan"));

        var list = await network.Client.GetPageAsync("/Contacts?responsiveness=Grump");

        Assert.Equal(contact.FullName, Names(list));
        Assert.Contains("The value 'Grump' is not valid", list.Find("#filters").TextContent, StringComparison.Ordinal);
    }

    private static string Names(HtmlPage page) =>
        string.Join(", ", page.Document.QuerySelectorAll("#contacts tbody tr td:first-child a").Select(a => a.TextContent));

    /// <summary>Moves the fake clock forward to the next <paramref name="day"/> at <paramref name="hour"/>:00 in New York; returns that local time.</summary>
    private DateTime MoveClockTo(DayOfWeek day, int hour)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(factory.Clock.GetUtcNow().UtcDateTime, NewYorkZone).Date.AddDays(1);
        while (local.DayOfWeek != day)
        {
            local = local.AddDays(1);
        }

        local = local.AddHours(hour);
        factory.Clock.SetUtcNow(new DateTimeOffset(Local(local), TimeSpan.Zero));
        return local;
    }

    private static DateTime Local(DateTime newYorkTime) => TimeZoneInfo.ConvertTimeToUtc(newYorkTime, NewYorkZone);

    private static string Day(DateTime utc) => utc.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static async Task<InterviewRequest> AddPlannedInterviewAsync(Network network, string? company, string lastName = "Hopper")
    {
        var contact = await network.AddContactAsync("Grace", lastName, company);
        return await network.WithDbAsync(async db =>
        {
            var interview = new InterviewRequest(await db.Contacts.SingleAsync(c => c.Id == contact.Id), InterviewPurpose.Career, null, AskChannel.Email, network.Now);
            db.InterviewRequests.Add(interview);
            return interview;
        });
    }

    private static async Task MoveAsync(Network network, int interviewId, InterviewStatus to)
    {
        var page = await network.Client.GetPageAsync($"/Interviews/{interviewId}");
        using var moved = await network.Client.SubmitAsync(page, $"#move-{to}", submitButtonSelector: $"#move-{to} button");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(to, (await network.LoadInterviewAsync(interviewId)).Status);
    }

    /// <summary>Logs an outgoing call now through the contact page; returns its time as stored.</summary>
    private static async Task<DateTime> LogTouchAsync(Network network, int contactId)
    {
        var page = await network.Client.GetPageAsync($"/Contacts/{contactId}");
        using var logged = await network.Client.SubmitAsync(page, "#log-touch", new Dictionary<string, string?> { ["Touch.Kind"] = nameof(InteractionKind.Call) });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        return (await ContactAsync(network, contactId)).LastTouchUtc!.Value;
    }

    private static async Task<string> NextFollowUpShownAsync(Network network, Contact contact)
    {
        var list = await network.Client.GetPageAsync($"/Contacts?q={contact.LastName}");
        return list.Find("#contacts tbody tr td:last-child").TextContent.Trim();
    }

    private static Task<List<FollowUp>> FollowUpsOfAsync(Network network, int contactId) =>
        network.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => f.ContactId == contactId).OrderBy(f => f.DueUtc).ToListAsync());

    private static Task<Contact> ContactAsync(Network network, int contactId) =>
        network.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId));
}

public sealed class RoutineTestsOnSqlite(SqliteAppFactory factory) : RoutineTests<SqliteAppFactory>(factory);

public sealed class RoutineTestsOnPostgres(PostgresAppFactory factory) : RoutineTests<PostgresAppFactory>(factory);
