using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class DoneTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Done_in_one_click_from_a_list_closes_it_and_returns_to_that_list()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var followUp = await network.AddFollowUpAsync(contact.Id, title: "Send the slides");
        const string list = "/FollowUps?show=Upcoming&sort=due";

        var page = await network.Client.GetPageAsync(list);
        using var response = await network.Client.SubmitAsync(page, $".follow-up-actions form[action^='/FollowUps/{followUp.Id}/Done']");

        Assert.Equal(list, response.Headers.Location?.OriginalString);
        Assert.NotNull((await network.FindFollowUpAsync(followUp.Id))!.CompletedUtc);
        var after = await network.Client.FollowAsync(response);
        Assert.Contains("Done: Send the slides.", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector(".follow-ups"));
    }

    [SkippableFact]
    public async Task Done_from_the_contact_page_returns_there_and_reopen_from_the_done_list_brings_it_back()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync("Lynn Conway", InterviewStatus.Scheduled);
        var followUp = await network.AddFollowUpAsync(interviewId: interview.Id, title: "Thank Lynn");

        var contactPage = await network.Client.GetPageAsync($"/Contacts/{interview.ContactId}");
        Assert.Contains("Thank Lynn", contactPage.Find("#follow-ups").TextContent, StringComparison.Ordinal);
        using var done = await network.Client.SubmitAsync(contactPage, $"#follow-ups form[action^='/FollowUps/{followUp.Id}/Done']");
        Assert.Equal($"/Contacts/{interview.ContactId}", done.Headers.Location?.OriginalString);
        Assert.DoesNotContain("Thank Lynn", (await network.Client.FollowAsync(done)).Find("#follow-ups").TextContent, StringComparison.Ordinal);

        var doneList = await network.Client.GetPageAsync("/FollowUps?show=Done");
        using var reopened = await network.Client.SubmitAsync(doneList, $".follow-up-actions form[action^='/FollowUps/{followUp.Id}/Done'][action*='handler=Reopen']");

        Assert.Equal("/FollowUps?show=Done", reopened.Headers.Location?.OriginalString);
        Assert.Null((await network.FindFollowUpAsync(followUp.Id))!.CompletedUtc);
        Assert.Contains("Thank Lynn", (await network.Client.GetPageAsync($"/Interviews/{interview.Id}")).Find("#follow-ups").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_return_address_off_the_site_leads_to_the_follow_up_instead()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var followUp = await network.AddFollowUpAsync(contact.Id);

        using var response = await network.Client.PostAsync($"/FollowUps/{followUp.Id}/Done?returnUrl={Uri.EscapeDataString("//evil.example/phish")}", new Dictionary<string, string>());

        Assert.Equal($"/FollowUps/{followUp.Id}", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Get_and_posts_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync();
        var open = await owner.AddFollowUpAsync(contact.Id);
        var closed = await owner.AddFollowUpAsync(contact.Id, doneUtc: owner.Now);
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/FollowUps/{open.Id}/Done", HttpStatusCode.NotFound);
        using var done = await intruder.Client.PostAsync($"/FollowUps/{open.Id}/Done", new Dictionary<string, string>());
        using var reopen = await intruder.Client.PostAsync($"/FollowUps/{closed.Id}/Done?handler=Reopen", new Dictionary<string, string>());

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (done.StatusCode, reopen.StatusCode));
        Assert.Null((await owner.FindFollowUpAsync(open.Id))!.CompletedUtc);
        Assert.NotNull((await owner.FindFollowUpAsync(closed.Id))!.CompletedUtc);
    }
}

public sealed class DoneTestsOnSqlite(SqliteAppFactory factory) : DoneTests<SqliteAppFactory>(factory);

public sealed class DoneTestsOnPostgres(PostgresAppFactory factory) : DoneTests<PostgresAppFactory>(factory);
