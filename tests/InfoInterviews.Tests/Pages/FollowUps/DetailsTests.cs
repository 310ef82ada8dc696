using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class DetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Shows_what_to_do_with_whom_and_when_and_is_linked_from_the_contacts_timeline()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync("Radia Perlman", InterviewStatus.Completed);
        var followUp = await network.AddFollowUpAsync(interviewId: interview.Id, title: "Thank Radia", kind: FollowUpKind.ThankYou, dueUtc: new DateTime(2031, 3, 4, 0, 0, 0, DateTimeKind.Utc));

        var page = await network.Client.GetPageAsync($"/FollowUps/{followUp.Id}");
        var timeline = await network.Client.GetPageAsync($"/Contacts/{interview.ContactId}");

        var summary = page.Find("#summary").TextContent;
        Assert.Contains("Thank-you", summary, StringComparison.Ordinal);
        Assert.Contains("Radia Perlman", summary, StringComparison.Ordinal);
        Assert.Contains("Tuesday 4 March 2031", page.Find("#due").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($".follow-up-actions form[action^='/FollowUps/{followUp.Id}/Done']"));
        Assert.NotNull(timeline.Document.QuerySelector($"#timeline a[href='/FollowUps/{followUp.Id}']"));
    }

    [SkippableFact]
    public async Task Get_with_another_users_id_returns_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync();
        var followUp = await owner.AddFollowUpAsync(contact.Id);
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/FollowUps/{followUp.Id}", HttpStatusCode.NotFound);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteAppFactory factory) : DetailsTests<SqliteAppFactory>(factory);

public sealed class DetailsTestsOnPostgres(PostgresAppFactory factory) : DetailsTests<PostgresAppFactory>(factory);
