using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class SnoozeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableTheory]
    [InlineData("Tomorrow", 1)]
    [InlineData("ThreeDays", 3)]
    [InlineData("Week", 7)]
    public async Task One_click_from_a_list_puts_it_off_to_the_start_of_that_day_in_the_users_zone(string choice, int days)
    {
        using var network = await Network.SignInAsync(factory, timeZone: Days.Auckland);
        var contact = await network.AddContactAsync();
        var followUp = await network.AddFollowUpAsync(contact.Id, title: "Nudge them", dueUtc: network.Now.AddDays(-2));
        const string list = "/FollowUps?show=Overdue";

        var page = await network.Client.GetPageAsync(list);
        using var response = await network.Client.SubmitAsync(page, $".follow-up-actions form[action^='/FollowUps/{followUp.Id}/Snooze']", new Dictionary<string, string?> { ["Input.Choice"] = choice });

        Assert.Equal(list, response.Headers.Location?.OriginalString);
        var expected = Days.StartUtc(Days.Auckland, Days.Today(Days.Auckland, network.Now).AddDays(days));
        Assert.Equal(expected, (await network.FindFollowUpAsync(followUp.Id))!.DueUtc);
        Assert.Contains("Snoozed until", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_snooze_page_takes_a_later_date_and_refuses_today()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var due = network.Now.AddDays(-1);
        var followUp = await network.AddFollowUpAsync(contact.Id, dueUtc: due);
        var today = Days.Today("UTC", network.Now);

        var list = await network.Client.GetPageAsync("/FollowUps");
        var page = await network.Client.GetPageAsync(list.Find($".follow-up-actions a[href^='/FollowUps/{followUp.Id}/Snooze']").GetAttribute("href")!);
        using var refused = await network.Client.SubmitAsync(page, "#snooze-until", new Dictionary<string, string?> { ["Input.Until"] = Days.Iso(today) });
        Assert.Contains("Choose a date after today", (await AppClient.ReadPageAsync(refused)).Text, StringComparison.Ordinal);
        Assert.Equal(due, (await network.FindFollowUpAsync(followUp.Id))!.DueUtc);

        using var snoozed = await network.Client.SubmitAsync(page, "#snooze-until", new Dictionary<string, string?> { ["Input.Until"] = Days.Iso(today.AddDays(10)) });

        Assert.Equal("/FollowUps", snoozed.Headers.Location?.OriginalString);
        Assert.Equal(Days.StartUtc("UTC", today.AddDays(10)), (await network.FindFollowUpAsync(followUp.Id))!.DueUtc);
    }

    [SkippableFact]
    public async Task Snoozing_one_that_is_done_says_why_and_changes_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var due = network.Now.AddDays(1);
        var followUp = await network.AddFollowUpAsync(contact.Id, dueUtc: due, doneUtc: network.Now);

        using var response = await network.Client.PostAsync($"/FollowUps/{followUp.Id}/Snooze", new Dictionary<string, string> { ["Input.Choice"] = "Week" });

        Assert.Equal($"/FollowUps/{followUp.Id}", response.Headers.Location?.OriginalString);
        Assert.Contains("A follow-up that is done cannot be snoozed.", (await network.Client.FollowAsync(response)).Find(".alert-danger").TextContent, StringComparison.Ordinal);
        Assert.Equal(due, (await network.FindFollowUpAsync(followUp.Id))!.DueUtc);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync();
        var due = owner.Now.AddDays(1);
        var followUp = await owner.AddFollowUpAsync(contact.Id, dueUtc: due);
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Snooze", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/FollowUps/{followUp.Id}/Snooze", new Dictionary<string, string> { ["Input.Choice"] = "Week" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(due, (await owner.FindFollowUpAsync(followUp.Id))!.DueUtc);
    }
}

public sealed class SnoozeTestsOnSqlite(SqliteAppFactory factory) : SnoozeTests<SqliteAppFactory>(factory);

public sealed class SnoozeTestsOnPostgres(PostgresAppFactory factory) : SnoozeTests<PostgresAppFactory>(factory);
