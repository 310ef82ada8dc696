using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Tests.Pages.Account;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Calendar;

public abstract class CalendarFeedTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Berlin = "Europe/Berlin";

    /// <summary>Turns the feed on through the settings page and returns the address it shows once.</summary>
    private static async Task<Uri> TurnOnAsync(AppClient client)
    {
        var page = await client.GetPageAsync("/Settings/CalendarFeed");
        using var response = await client.SubmitAsync(page, "#feed-on");
        var shown = await client.FollowAsync(response);
        Assert.Contains("Your calendar feed is on.", shown.Text, StringComparison.Ordinal);
        return new Uri(shown.Find("#feed-url").GetAttribute("value")!);
    }

    /// <summary>Asks for a change, confirms it on the page that asks, and returns the page shown after.</summary>
    private static async Task<HtmlPage> ConfirmAsync(AppClient client, string change, string form)
    {
        var feedPage = await client.GetPageAsync("/Settings/CalendarFeed");
        var asking = await client.GetPageAsync(feedPage.Find($"#ask-{change}").GetAttribute("href")!);
        using var response = await client.SubmitAsync(asking, form);
        return await client.FollowAsync(response);
    }

    /// <summary>The feed as a calendar app fetches it: no cookie.</summary>
    private async Task<HttpResponseMessage> FetchAsync(Uri feed, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, feed.PathAndQuery);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        using var calendarApp = factory.CreateClient();
        return await calendarApp.SendAsync(request);
    }

    private async Task<Ical.Net.Calendar> ReadAsync(Uri feed)
    {
        using var response = await FetchAsync(feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Not an iCalendar document.");
    }

    [SkippableFact]
    public async Task Turning_on_shows_the_address_once_and_stores_only_the_hash_of_a_256_bit_token()
    {
        using var network = await Network.SignInAsync(factory);

        var feed = await TurnOnAsync(network.Client);

        Assert.Equal("/calendar/feed.ics", feed.AbsolutePath);
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(feed.Query)["token"].ToString();
        Assert.Equal(32, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length);
        var stored = await network.WithDbAsync(db => db.Users.Where(u => u.Id == network.UserId).Select(u => u.CalendarFeedTokenHash).SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored);
        var again = await network.Client.GetPageAsync("/Settings/CalendarFeed");
        Assert.Null(again.Document.QuerySelector("#feed-url"));
        Assert.DoesNotContain(token, again.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("Your calendar feed is on.", again.Find("#feed-state").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_feed_needs_no_cookie_and_holds_the_recent_and_coming_interviews_and_every_open_follow_up_on_its_day()
    {
        factory.ClockToWholeSecond();
        using var network = await Network.SignInAsync(factory, timeZone: Berlin);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Berlin);
        var coming = await network.AddInterviewAsync(Network.Unique("Coming"), InterviewStatus.Scheduled);
        var recent = await network.AddInterviewAsync(Network.Unique("Recent"), InterviewStatus.Scheduled);
        var old = await network.AddInterviewAsync(Network.Unique("Old"), InterviewStatus.Scheduled);
        await network.WithDbAsync(async db =>
        {
            (await db.InterviewRequests.SingleAsync(r => r.Id == recent.Id)).Schedule(network.Now.AddDays(-29), 30, MeetingFormat.Phone, null, network.Now);
            (await db.InterviewRequests.SingleAsync(r => r.Id == old.Id)).Schedule(network.Now.AddDays(-31), 30, MeetingFormat.Phone, null, network.Now);
            return 0;
        });
        var cancelled = await network.AddInterviewAsync(Network.Unique("Cancelled"), InterviewStatus.Cancelled);

        // Midnight in Berlin, kept as a due date is: the day before in UTC.
        var dueDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(network.Now, zone)).AddDays(5);
        var dueUtc = TimeZoneInfo.ConvertTimeToUtc(dueDay.ToDateTime(TimeOnly.MinValue), zone);
        var open = await network.AddFollowUpAsync(contactId: coming.ContactId, title: "Send the article", dueUtc: dueUtc);
        var done = await network.AddFollowUpAsync(contactId: coming.ContactId, title: "Say thanks", doneUtc: network.Now);
        var overdue = await network.AddFollowUpAsync(contactId: coming.ContactId, title: "Nudge", dueUtc: network.Now.AddDays(-60));
        var feed = await TurnOnAsync(network.Client);

        var calendar = await ReadAsync(feed);

        var uids = calendar.Events.Select(e => e.Uid).ToList();
        Assert.Contains($"interview-{coming.Id}@infointerviews", uids);
        Assert.Contains($"interview-{recent.Id}@infointerviews", uids);
        Assert.DoesNotContain($"interview-{old.Id}@infointerviews", uids);
        Assert.DoesNotContain($"interview-{cancelled.Id}@infointerviews", uids);
        Assert.DoesNotContain($"follow-up-{done.Id}@infointerviews", uids);
        Assert.Contains($"follow-up-{overdue.Id}@infointerviews", uids);
        var interview = calendar.Events.Single(e => e.Uid == $"interview-{coming.Id}@infointerviews");
        Assert.Equal(Berlin, interview.DtStart!.TzId);
        Assert.Equal(coming.ScheduledStartUtc, interview.DtStart.AsUtc);
        Assert.Equal(coming.ScheduledStartUtc!.Value.AddMinutes(30), interview.DtEnd!.AsUtc);
        var followUp = calendar.Events.Single(e => e.Uid == $"follow-up-{open.Id}@infointerviews");
        Assert.True(followUp.IsAllDay);
        Assert.Equal(dueDay, followUp.DtStart!.Date);
        Assert.False(followUp.DtStart.HasTime);
        Assert.StartsWith("Send the article", followUp.Summary, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_new_address_stops_the_old_one_at_once_and_works_itself()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddInterviewAsync(Network.Unique("Renewed"), InterviewStatus.Scheduled);
        var old = await TurnOnAsync(network.Client);

        var shown = await ConfirmAsync(network.Client, "new-address", "#feed-new-address");

        Assert.Contains("the old one no longer works", shown.Text, StringComparison.Ordinal);
        var renewed = new Uri(shown.Find("#feed-url").GetAttribute("value")!);
        Assert.NotEqual(old, renewed);
        using var oldResponse = await FetchAsync(old);
        Assert.Equal(HttpStatusCode.NotFound, oldResponse.StatusCode);
        Assert.Single((await ReadAsync(renewed)).Events);
    }

    [SkippableFact]
    public async Task Turned_off_the_address_is_404_and_nothing_is_stored()
    {
        using var network = await Network.SignInAsync(factory);
        var feed = await TurnOnAsync(network.Client);

        var shown = await ConfirmAsync(network.Client, "turn-off", "#feed-off");

        Assert.Contains("Your calendar feed is off", shown.Text, StringComparison.Ordinal);
        using var response = await FetchAsync(feed);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await network.WithDbAsync(db => db.Users.Where(u => u.Id == network.UserId).Select(u => u.CalendarFeedTokenHash).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_wrong_token_is_404()
    {
        using var wrong = await FetchAsync(new Uri($"http://localhost/calendar/feed.ics?token={CalendarFeedToken.New()}"));
        using var none = await FetchAsync(new Uri("http://localhost/calendar/feed.ics"));

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [SkippableFact]
    public async Task A_second_users_feed_never_shows_the_first_users_events()
    {
        using var first = await Network.SignInAsync(factory);
        var firstInterview = await first.AddInterviewAsync(Network.Unique("First"), InterviewStatus.Scheduled);
        var firstFollowUp = await first.AddFollowUpAsync(contactId: firstInterview.ContactId);
        await TurnOnAsync(first.Client);
        using var second = await Network.SignInAsync(factory);
        var secondInterview = await second.AddInterviewAsync(Network.Unique("Second"), InterviewStatus.Scheduled);
        var secondFeed = await TurnOnAsync(second.Client);

        var calendar = await ReadAsync(secondFeed);

        Assert.Equal([$"interview-{secondInterview.Id}@infointerviews"], calendar.Events.Select(e => e.Uid));
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"follow-up-{firstFollowUp.Id}@infointerviews");
    }

    [SkippableFact]
    public async Task A_request_with_the_current_etag_gets_304_until_the_feed_changes()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync(Network.Unique("Tagged"), InterviewStatus.Scheduled);
        var feed = await TurnOnAsync(network.Client);
        using var first = await FetchAsync(feed);
        var etag = first.Headers.ETag?.ToString() ?? throw new InvalidOperationException("No ETag.");

        using var unchanged = await FetchAsync(feed, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        await network.WithDbAsync(async db =>
        {
            (await db.InterviewRequests.SingleAsync(r => r.Id == interview.Id)).Schedule(network.Now.AddDays(2), 60, MeetingFormat.Video, null, network.Now);
            return 0;
        });
        using var changed = await FetchAsync(feed, etag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag?.ToString());
    }

    [SkippableFact]
    public async Task Fetches_of_one_feed_past_the_limit_get_429()
    {
        await using var host = factory.With(new Dictionary<string, string> { ["RateLimits:CalendarFeedPerToken"] = "2" });
        using var network = await Network.SignInAsync(factory);
        var feed = await TurnOnAsync(network.Client);
        using var calendarApp = host.CreateClient();
        for (var fetch = 0; fetch < 2; fetch++)
        {
            using var allowed = await calendarApp.GetAsync(feed.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await calendarApp.GetAsync(feed.PathAndQuery);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
    }
}

public sealed class CalendarFeedTestsOnSqlite(SqliteAppFactory factory) : CalendarFeedTests<SqliteAppFactory>(factory);

public sealed class CalendarFeedTestsOnPostgres(PostgresAppFactory factory) : CalendarFeedTests<PostgresAppFactory>(factory);
