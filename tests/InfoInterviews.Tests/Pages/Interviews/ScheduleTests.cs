using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class ScheduleTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Zone = "America/New_York";

    private DateTime LocalInDays(int days, int hour) =>
        TimeZoneInfo.ConvertTimeFromUtc(factory.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(Zone)).Date.AddDays(days).AddHours(hour);

    private static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(Zone));

    private static string Field(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task An_accepted_interview_is_scheduled_in_the_users_zone_and_stored_in_utc()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Accepted"), InterviewStatus.Accepted)).Id;
        var start = LocalInDays(5, 14);
        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");
        Assert.Equal("30", page.Find("#Input_DurationMinutes").GetAttribute("value"));
        Assert.Equal("datetime-local", page.Find("#Input_Start").GetAttribute("type"));

        using var response = await client.SubmitAsync(page, "#schedule-form", new Dictionary<string, string?>
        {
            ["Input.Start"] = Field(start),
            ["Input.DurationMinutes"] = "45",
            ["Input.Format"] = nameof(MeetingFormat.Coffee),
            ["Input.LocationOrLink"] = "Corner café",
        });

        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var details = await client.FollowAsync(response);
        Assert.Contains("The interview is scheduled.", details.Text, StringComparison.Ordinal);
        Assert.Contains(start.ToString("ddd d MMM yyyy, 14:00", CultureInfo.GetCultureInfo("en-GB")), details.Find("#scheduled").TextContent, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Equal(ToUtc(start), interview.ScheduledStartUtc);
        Assert.Equal(45, interview.DurationMinutes);
        Assert.Equal(MeetingFormat.Coffee, interview.Format);
        Assert.Equal("Corner café", interview.LocationOrLink);
    }

    [SkippableFact]
    public async Task A_time_in_the_past_is_kept_only_once_the_user_says_they_mean_it()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Past"), InterviewStatus.Accepted)).Id;
        var yesterday = LocalInDays(-1, 9);
        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");
        Assert.True(page.Find("#start-past").HasAttribute("hidden"));
        var values = new Dictionary<string, string?>
        {
            ["Input.Start"] = Field(yesterday),
            ["Input.Format"] = nameof(MeetingFormat.Phone),
        };

        using var warned = await client.SubmitAsync(page, "#schedule-form", values);

        var warning = await AppClient.ReadPageAsync(warned);
        Assert.Contains("This time has already passed.", warning.Find("[data-valmsg-for='Input.Start']").TextContent, StringComparison.Ordinal);
        Assert.False(warning.Find("#start-past").HasAttribute("hidden"));
        Assert.Equal(InterviewStatus.Accepted, (await network.LoadInterviewAsync(id)).Status);

        values["Input.InThePast"] = "true";
        using var kept = await client.SubmitAsync(warning, "#schedule-form", values);

        Assert.Equal($"/Interviews/{id}", kept.Headers.Location?.OriginalString);
        Assert.Equal(ToUtc(yesterday), (await network.LoadInterviewAsync(id)).ScheduledStartUtc);
    }

    [SkippableTheory]
    [InlineData("https://meet.example.org/room?id=7", true)]
    [InlineData("http://meet.example.org/room", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("Room 4, second floor", false)]
    public async Task A_meeting_place_is_a_link_only_when_it_is_a_web_address(string place, bool isLink)
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Link"), InterviewStatus.Accepted)).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");

        using var response = await client.SubmitAsync(page, "#schedule-form", new Dictionary<string, string?>
        {
            ["Input.Start"] = Field(LocalInDays(2, 10)),
            ["Input.Format"] = nameof(MeetingFormat.Video),
            ["Input.LocationOrLink"] = place,
        });

        var details = await client.FollowAsync(response);
        var where = details.Find("#where");
        Assert.Contains(place, where.TextContent, StringComparison.Ordinal);
        Assert.Equal(isLink ? place : null, where.QuerySelector("a")?.GetAttribute("href"));
        Assert.Empty(details.Document.QuerySelectorAll("a[href^='javascript']"));
    }

    [SkippableFact]
    public async Task Rescheduling_shows_the_current_time_and_keeps_both_in_the_history()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Moved"), InterviewStatus.Scheduled)).Id;
        var first = (await network.LoadInterviewAsync(id)).ScheduledStartUtc!.Value;
        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");
        var firstLocal = TimeZoneInfo.ConvertTimeFromUtc(first, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        Assert.StartsWith(Field(firstLocal), page.Find("#Input_Start").GetAttribute("value"), StringComparison.Ordinal);
        var second = LocalInDays(9, 9);

        using var response = await client.SubmitAsync(page, "#schedule-form", new Dictionary<string, string?> { ["Input.Start"] = Field(second) });
        var details = await client.FollowAsync(response);

        Assert.Contains("The interview was rescheduled.", details.Text, StringComparison.Ordinal);
        Assert.Contains("rescheduled for", details.Find("#history").TextContent, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(ToUtc(second), interview.ScheduledStartUtc);
        Assert.Equal([first, ToUtc(second)], interview.History.Where(h => h.ScheduledStartUtc is not null).OrderBy(h => h.Id).Select(h => h.ScheduledStartUtc!.Value));
    }

    [SkippableFact]
    public async Task Missing_or_out_of_range_values_are_refused_with_messages()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Invalid"), InterviewStatus.Accepted)).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");

        using var response = await client.SubmitAsync(page, "#schedule-form", new Dictionary<string, string?>
        {
            ["Input.Start"] = "",
            ["Input.DurationMinutes"] = "2",
            ["Input.Format"] = "",
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Enter the date and time of the interview.", result.Text, StringComparison.Ordinal);
        Assert.Contains("The duration must be between 5 and 480 minutes.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Choose how you will meet.", result.Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStatus.Accepted, (await network.LoadInterviewAsync(id)).Status);
    }

    [SkippableFact]
    public async Task An_interview_not_yet_accepted_cannot_be_scheduled()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Early"), InterviewStatus.Requested)).Id;
        var version = (await network.LoadInterviewAsync(id)).Version;

        var page = await client.GetPageAsync($"/Interviews/{id}/Schedule");
        using var response = await client.PostAsync($"/Interviews/{id}/Schedule", new Dictionary<string, string>
        {
            ["Input.Start"] = Field(LocalInDays(2, 10)),
            ["Input.DurationMinutes"] = "30",
            ["Input.Format"] = nameof(MeetingFormat.Phone),
            ["Input.Version"] = version.ToString(),
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("An interview is scheduled once the contact has accepted.", page.Find("#cannot-schedule").TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#schedule-form"));
        Assert.Contains("An interview that is Requested cannot be marked Scheduled.", result.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Requested, interview.Status);
        Assert.Null(interview.ScheduledStartUtc);
    }

    [SkippableFact]
    public async Task Another_users_interview_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Private"), InterviewStatus.Accepted)).Id;
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        await other.GetPageAsync($"/Interviews/{id}/Schedule", HttpStatusCode.NotFound);
        using var response = await other.PostAsync($"/Interviews/{id}/Schedule", new Dictionary<string, string>
        {
            ["Input.Start"] = Field(LocalInDays(2, 10)),
            ["Input.Format"] = nameof(MeetingFormat.Phone),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(InterviewStatus.Accepted, (await ownerNetwork.LoadInterviewAsync(id)).Status);
    }

    [SkippableFact]
    public async Task A_reschedule_from_an_older_form_shows_the_conflict_on_the_form_and_keeps_what_was_typed()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, Zone));
        var id = (await network.AddInterviewAsync(Network.Unique("Resched"), InterviewStatus.Scheduled)).Id;
        var first = await client.GetPageAsync($"/Interviews/{id}/Schedule");
        var second = await client.GetPageAsync($"/Interviews/{id}/Schedule");

        using var saved = await client.SubmitAsync(first, "#schedule-form", new Dictionary<string, string?> { ["Input.LocationOrLink"] = "First tab café" });
        using var stale = await client.SubmitAsync(second, "#schedule-form", new Dictionary<string, string?> { ["Input.LocationOrLink"] = "Second tab office" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(stale);
        Assert.Contains(InfoInterviews.Web.Pages.Interviews.ScheduleModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Second tab office", page.Find("#Input_LocationOrLink").GetAttribute("value"));
        Assert.Equal("First tab café", (await network.LoadInterviewAsync(id)).LocationOrLink);
    }
}

public sealed class ScheduleTestsOnSqlite(SqliteAppFactory factory) : ScheduleTests<SqliteAppFactory>(factory);

public sealed class ScheduleTestsOnPostgres(PostgresAppFactory factory) : ScheduleTests<PostgresAppFactory>(factory);
