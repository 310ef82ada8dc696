using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.FollowUps;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Get_shows_the_follow_up_in_the_users_zone_and_post_saves_the_changes()
    {
        using var network = await Network.SignInAsync(factory, timeZone: Days.Auckland);
        var contact = await network.AddContactAsync("Alan", "Kay");
        var today = Days.Today(Days.Auckland, network.Now);
        var followUp = await network.AddFollowUpAsync(contact.Id, title: "Send the Dynabook sketch", dueUtc: Days.StartUtc(Days.Auckland, today.AddDays(2)));

        var form = await network.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Edit");
        Assert.Equal(Days.Iso(today.AddDays(2)), form.Find("#Input_DueDate").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Send the Smalltalk paper",
            ["Input.Kind"] = nameof(FollowUpKind.Resource),
            ["Input.DueDate"] = Days.Iso(today.AddDays(5)),
        });

        Assert.Equal($"/FollowUps/{followUp.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.FindFollowUpAsync(followUp.Id);
        Assert.Equal(("Send the Smalltalk paper", FollowUpKind.Resource), (saved!.Title, saved.Kind));
        Assert.Equal(Days.StartUtc(Days.Auckland, today.AddDays(5)), saved.DueUtc);
        Assert.Contains("Saved: Send the Smalltalk paper.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Keeping_the_date_keeps_the_time_of_day_it_was_due()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var dueUtc = Days.StartUtc("UTC", Days.Today("UTC", network.Now).AddDays(1)).AddHours(15).AddMinutes(30);
        var followUp = await network.AddFollowUpAsync(contact.Id, dueUtc: dueUtc);

        var form = await network.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Edit");
        using var response = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?> { ["Input.Title"] = "Renamed" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(dueUtc, (await network.FindFollowUpAsync(followUp.Id))!.DueUtc);
    }

    [SkippableFact]
    public async Task A_snooze_saved_after_the_form_was_opened_shows_a_conflict_and_keeps_what_was_typed()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var followUp = await network.AddFollowUpAsync(contact.Id, title: "Original");
        var form = await network.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Edit");

        var details = await network.Client.GetPageAsync($"/FollowUps/{followUp.Id}");
        using var snoozed = await network.Client.SubmitAsync(details, ".follow-up-actions form[action*='Snooze']", new Dictionary<string, string?> { ["Input.Choice"] = "Week" });
        using var conflicted = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?> { ["Input.Title"] = "Typed meanwhile" });

        Assert.Equal(HttpStatusCode.Redirect, snoozed.StatusCode);
        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(EditModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Typed meanwhile", page.Find("#Input_Title").GetAttribute("value"));
        Assert.Equal("Original", (await network.FindFollowUpAsync(followUp.Id))!.Title);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync();
        var followUp = await owner.AddFollowUpAsync(contact.Id, title: "Mine");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/FollowUps/{followUp.Id}/Edit", new Dictionary<string, string> { ["Input.Title"] = "Stolen", ["Input.DueDate"] = "2030-01-01" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Mine", (await owner.FindFollowUpAsync(followUp.Id))!.Title);
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
