using System.Globalization;
using System.Net;
using Ical.Net.CalendarComponents;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class CalendarTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Berlin = "Europe/Berlin";

    private static readonly TimeZoneInfo BerlinZone = TimeZoneInfo.FindSystemTimeZoneById(Berlin);

    private static async Task<Ical.Net.Calendar> DownloadAsync(AppClient client, int id)
    {
        using var response = await client.Http.GetAsync($"/Interviews/{id}/Calendar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"interview-{id}.ics", response.Content.Headers.ContentDisposition?.FileName);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())
            ?? throw new InvalidOperationException("Not an iCalendar file.");
    }

    private static Task<InterviewRequest> ScheduleAsync(Network network, int id, DateTime startUtc, int minutes, string? place) =>
        network.WithDbAsync(async db =>
        {
            var interview = await db.InterviewRequests.SingleAsync(r => r.Id == id);
            interview.Schedule(startUtc, minutes, MeetingFormat.Video, place, network.Now);
            return interview;
        });

    [SkippableFact]
    public async Task Download_is_one_event_at_the_users_wall_clock_with_its_zone_duration_details_and_a_reminder_the_day_before()
    {
        using var network = await Network.SignInAsync(factory, timeZone: Berlin);
        var name = Network.Unique("Ics");
        var id = (await network.AddInterviewAsync(name, InterviewStatus.Scheduled)).Id;
        var localStart = TimeZoneInfo.ConvertTimeFromUtc(network.Now, BerlinZone).Date.AddDays(3).AddHours(15);
        var startUtc = TimeZoneInfo.ConvertTimeToUtc(localStart, BerlinZone);
        await ScheduleAsync(network, id, startUtc, 45, "https://meet.example.org/abc");

        var calendar = await DownloadAsync(network.Client, id);

        var item = Assert.Single(calendar.Events);
        Assert.Equal($"interview-{id}@infointerviews", item.Uid);
        Assert.Equal($"Informational interview with {name}", item.Summary);
        Assert.Equal(Berlin, item.DtStart!.TzId);
        Assert.Equal(localStart, item.DtStart.Value);
        Assert.Equal(startUtc, item.DtStart.AsUtc);
        Assert.Equal(startUtc.AddMinutes(45), item.DtEnd!.AsUtc);
        Assert.Equal(Berlin, Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal("https://meet.example.org/abc", item.Location);
        Assert.Contains("About: A specific job", item.Description, StringComparison.Ordinal);
        Assert.Contains("To learn: How the team works", item.Description, StringComparison.Ordinal);
        Assert.Contains($"/Interviews/{id}/Prep", item.Description, StringComparison.Ordinal);
        var reminder = Assert.Single(item.Alarms);
        Assert.Equal(TimeSpan.FromDays(-1), reminder.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
    }

    [SkippableFact]
    public async Task Rescheduled_across_the_spring_daylight_saving_change_keeps_ten_oclock_local_and_its_uid()
    {
        using var network = await Network.SignInAsync(factory, timeZone: Berlin);
        var id = (await network.AddInterviewAsync(Network.Unique("Dst"), InterviewStatus.Scheduled)).Id;

        // The Saturday before Berlin's clocks next go forward, and the Monday after.
        var day = TimeZoneInfo.ConvertTimeFromUtc(network.Now, BerlinZone).Date.AddDays(1);
        while (BerlinZone.GetUtcOffset(day.AddDays(1).AddHours(12)) <= BerlinZone.GetUtcOffset(day.AddHours(12)))
        {
            day = day.AddDays(1);
        }

        var before = await RescheduleAsync(network.Client, id, day.AddHours(10));
        var after = await RescheduleAsync(network.Client, id, day.AddDays(2).AddHours(10));

        Assert.Equal(before.Uid, after.Uid);
        Assert.True(after.Sequence > before.Sequence);
        Assert.Equal((Berlin, 10, 0), (before.DtStart!.TzId, before.DtStart.Hour, before.DtStart.Minute));
        Assert.Equal((Berlin, 10, 0), (after.DtStart!.TzId, after.DtStart.Hour, after.DtStart.Minute));
        Assert.Equal(9, before.DtStart.AsUtc.Hour);
        Assert.Equal(8, after.DtStart.AsUtc.Hour);
        Assert.Equal(DateTime.SpecifyKind(day.AddDays(2).AddHours(8), DateTimeKind.Utc), after.DtStart.AsUtc);
    }

    private static async Task<CalendarEvent> RescheduleAsync(AppClient client, int id, DateTime local)
    {
        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");
        using var response = await client.SubmitAsync(page, "#schedule-form", new Dictionary<string, string?>
        {
            ["Input.Start"] = local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Input.Format"] = nameof(MeetingFormat.Video),
        });
        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        return Assert.Single((await DownloadAsync(client, id)).Events);
    }

    [SkippableFact]
    public async Task Another_users_interview_is_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var id = (await owner.AddInterviewAsync(Network.Unique("Private"), InterviewStatus.Scheduled)).Id;
        using var other = await Network.SignInAsync(factory);

        using var response = await other.Client.Http.GetAsync($"/Interviews/{id}/Calendar");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Private", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(InterviewStatus.Accepted)]
    [InlineData(InterviewStatus.Cancelled)]
    public async Task An_interview_with_no_time_has_no_download_and_no_link(InterviewStatus status)
    {
        using var network = await Network.SignInAsync(factory);
        var id = (await network.AddInterviewAsync(Network.Unique("Unscheduled"), status)).Id;

        using var response = await network.Client.Http.GetAsync($"/Interviews/{id}/Calendar");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await network.Client.GetPageAsync($"/Interviews/{id}")).Document.QuerySelector("#add-to-calendar"));
        Assert.Null((await network.Client.GetPageAsync($"/Interviews/{id}/Prep")).Document.QuerySelector("#add-to-calendar"));
    }

    [SkippableFact]
    public async Task A_cancelled_interview_loses_its_download()
    {
        using var network = await Network.SignInAsync(factory);
        var id = (await network.AddInterviewAsync(Network.Unique("Called off"), InterviewStatus.Scheduled)).Id;
        await DownloadAsync(network.Client, id);
        var details = await network.Client.GetPageAsync($"/Interviews/{id}");
        using var cancel = await network.Client.SubmitAsync(details, "#move-Cancelled", submitButtonSelector: "#move-Cancelled button");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);

        using var response = await network.Client.Http.GetAsync($"/Interviews/{id}/Calendar");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_interview_page_prep_sheet_and_dashboard_link_to_the_download_and_to_google_and_outlook_with_the_same_times()
    {
        factory.ClockToWholeSecond();
        using var network = await Network.SignInAsync(factory);
        var name = Network.Unique("Linked");
        var interview = await network.AddInterviewAsync(name, InterviewStatus.Scheduled);
        var id = interview.Id;
        var start = interview.ScheduledStartUtc!.Value;
        var download = $"/Interviews/{id}/Calendar";

        foreach (var url in new[] { $"/Interviews/{id}", $"/Interviews/{id}/Prep" })
        {
            var page = await network.Client.GetPageAsync(url);
            Assert.Equal(download, page.Find("#calendar-download").GetAttribute("href"));
            var google = new Uri(page.Find("#calendar-google").GetAttribute("href")!);
            Assert.Equal("calendar.google.com", google.Host);
            var googleQuery = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(google.Query);
            Assert.Equal($"Informational interview with {name}", googleQuery["text"].ToString());
            Assert.Equal($"{start:yyyyMMdd'T'HHmmss'Z'}/{start.AddMinutes(30):yyyyMMdd'T'HHmmss'Z'}", googleQuery["dates"].ToString());
            Assert.Contains($"/Interviews/{id}/Prep", googleQuery["details"].ToString(), StringComparison.Ordinal);
            var outlook = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(page.Find("#calendar-outlook").GetAttribute("href")!).Query);
            Assert.Equal($"Informational interview with {name}", outlook["subject"].ToString());
            Assert.Equal(start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), outlook["startdt"].ToString());
            Assert.Equal(start.AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), outlook["enddt"].ToString());
        }

        var dashboard = await network.Client.GetPageAsync("/");
        Assert.Contains(dashboard.Document.QuerySelectorAll("#upcoming a.upcoming-calendar"), a => a.GetAttribute("href") == download);
    }
}

public sealed class CalendarTestsOnSqlite(SqliteAppFactory factory) : CalendarTests<SqliteAppFactory>(factory);

public sealed class CalendarTestsOnPostgres(PostgresAppFactory factory) : CalendarTests<PostgresAppFactory>(factory);
