using System.Net;
using AngleSharp.Html.Dom;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages;

public abstract class SettingsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Tokyo = "Asia/Tokyo";

    [SkippableFact]
    public async Task Post_saves_the_offsets_and_plans_the_digest_at_the_next_chosen_hour_in_the_users_zone()
    {
        using var network = await Network.SignInAsync(factory);
        var page = await network.Client.GetPageAsync("/Settings");
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        using var response = await network.Client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.TimeZoneId"] = Tokyo,
            ["Input.ThankYouAfterDays"] = "2",
            ["Input.UpdateAfterDays"] = "21",
            ["Input.SendsDigest"] = "true",
            ["Input.DigestHour"] = "6",
        });

        Assert.Equal("/Settings", response.Headers.Location?.OriginalString);
        var saved = await network.Client.FollowAsync(response);
        Assert.Contains("Your settings were saved.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("2", saved.Find("#Input_ThankYouAfterDays").GetAttribute("value"));
        Assert.True(((IHtmlInputElement)saved.Find("#Input_SendsDigest")).IsChecked);
        Assert.Equal("6", ((IHtmlSelectElement)saved.Find("#Input_DigestHour")).Value);
        var user = await LoadUserAsync(network);
        Assert.Equal((2, 21, true, 6), (user.ThankYouAfterDays, user.UpdateAfterDays, user.SendsDigest, user.DigestHour));

        // Tokyo has no daylight saving: 06:00 there is 21:00 UTC the day before.
        var next = user.NextDigestUtc!.Value;
        Assert.Equal(new TimeOnly(21, 0), TimeOnly.FromDateTime(next));
        Assert.InRange(next, now, now.AddDays(1));
    }

    [SkippableFact]
    public async Task Turning_the_digest_off_clears_the_next_digest()
    {
        using var network = await Network.SignInAsync(factory);
        var page = await network.Client.GetPageAsync("/Settings");
        using var on = await network.Client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.SendsDigest"] = "true" });
        Assert.NotNull((await LoadUserAsync(network)).NextDigestUtc);

        using var off = await network.Client.SubmitAsync(await network.Client.FollowAsync(on), "main form", new Dictionary<string, string?> { ["Input.SendsDigest"] = null });

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var user = await LoadUserAsync(network);
        Assert.False(user.SendsDigest);
        Assert.Null(user.NextDigestUtc);
    }

    [SkippableFact]
    public async Task Post_with_values_out_of_range_shows_what_to_enter_and_saves_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var page = await network.Client.GetPageAsync("/Settings");

        using var outOfRange = await network.Client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Changed",
            ["Input.ThankYouAfterDays"] = "-1",
            ["Input.UpdateAfterDays"] = $"{ApplicationUser.MaxFollowUpOffsetDays + 1}",
            ["Input.SendsDigest"] = "true",
            ["Input.DigestHour"] = "24",
        });
        using var blank = await network.Client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Changed",
            ["Input.ThankYouAfterDays"] = "",
        });

        var shown = await AppClient.ReadPageAsync(outOfRange);
        Assert.Equal(2, shown.Document.QuerySelectorAll("[data-valmsg-for$='AfterDays']")
            .Count(e => e.TextContent == $"Enter a number of days from 0 to {ApplicationUser.MaxFollowUpOffsetDays}."));
        Assert.Contains("Choose an hour from the list.", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Enter a number of days.", (await AppClient.ReadPageAsync(blank)).Text, StringComparison.Ordinal);
        var user = await LoadUserAsync(network);
        Assert.NotEqual("Changed", user.DisplayName);
        Assert.Equal((ApplicationUser.DefaultThankYouAfterDays, ApplicationUser.DefaultUpdateAfterDays, false), (user.ThankYouAfterDays, user.UpdateAfterDays, user.SendsDigest));
        Assert.Null(user.NextDigestUtc);
    }

    [SkippableFact]
    public async Task The_weekly_goal_is_saved_and_a_goal_out_of_range_is_refused_with_a_message()
    {
        using var network = await Network.SignInAsync(factory);
        var page = await network.Client.GetPageAsync("/Settings");
        Assert.Equal($"{ApplicationUser.DefaultWeeklyGoal}", page.Find("#Input_WeeklyGoal").GetAttribute("value"));

        using var refused = await network.Client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.WeeklyGoal"] = "0" });
        Assert.Contains($"Enter a number of requests from 1 to {ApplicationUser.MaxWeeklyGoal}.", (await AppClient.ReadPageAsync(refused)).Text, StringComparison.Ordinal);
        Assert.Equal(ApplicationUser.DefaultWeeklyGoal, (await LoadUserAsync(network)).WeeklyGoal);

        using var saved = await network.Client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.WeeklyGoal"] = "5" });
        Assert.Equal("/Settings", saved.Headers.Location?.OriginalString);
        Assert.Equal(5, (await LoadUserAsync(network)).WeeklyGoal);
    }

    private static Task<ApplicationUser> LoadUserAsync(Network network) =>
        network.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == network.UserId));
}

public sealed class SettingsTestsOnSqlite(SqliteAppFactory factory) : SettingsTests<SqliteAppFactory>(factory);

public sealed class SettingsTestsOnPostgres(PostgresAppFactory factory) : SettingsTests<PostgresAppFactory>(factory);
