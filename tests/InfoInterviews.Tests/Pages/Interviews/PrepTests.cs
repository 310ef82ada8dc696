using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class PrepTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task The_sheet_shows_the_contact_how_they_were_met_past_touches_and_interviews_the_goal_and_the_questions()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Prepared");
        var introducer = Network.Unique("Introducer");
        var arranged = await network.AddInterviewAsync(name, InterviewStatus.Completed);
        var earlier = arranged.Id;
        var contactId = arranged.ContactId!.Value;
        int id;
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
            contact.Role = "Staff engineer";
            contact.Company = new Company(Network.Unique("Globex "), now);
            contact.Source = ContactSource.Introduced;
            contact.IntroducedBy = new Contact(introducer, null, now);
            var interview = new InterviewRequest(contact, InterviewPurpose.Qualification, "Is the cloud certificate worth it?", AskChannel.Phone, now);
            interview.AddQuestions(["Did it help you?", "How long did it take?"]);
            db.InterviewRequests.Add(interview);
            await db.SaveChangesAsync();
            id = interview.Id;
        }

        var page = await client.GetPageAsync($"/Interviews/{id}/Prep");

        var who = page.Find("#who").TextContent;
        Assert.Contains($"{name}, Staff engineer at Globex", who, StringComparison.Ordinal);
        Assert.Contains($"Introduced, introduced by {introducer}", who, StringComparison.Ordinal);
        var why = page.Find("#why").TextContent;
        Assert.Contains("A qualification or certification track", why, StringComparison.Ordinal);
        Assert.Contains("Is the cloud certificate worth it?", why, StringComparison.Ordinal);
        Assert.Contains("Asked for an informational interview.", page.Find("#touches").TextContent, StringComparison.Ordinal);
        Assert.Contains("A specific job, completed", page.Find("#past-interviews").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("#questions .answer-space").Length);
        Assert.Contains("Did it help you?", page.Find("#questions").TextContent, StringComparison.Ordinal);
        Assert.NotEqual(earlier, id);
    }

    [SkippableFact]
    public async Task Another_users_interview_is_404()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Private"))).Id;
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        var page = await other.GetPageAsync($"/Interviews/{id}/Prep", HttpStatusCode.NotFound);

        Assert.DoesNotContain("Private", page.Text, StringComparison.Ordinal);
    }
}

public sealed class PrepTestsOnSqlite(SqliteAppFactory factory) : PrepTests<SqliteAppFactory>(factory);

public sealed class PrepTestsOnPostgres(PostgresAppFactory factory) : PrepTests<PostgresAppFactory>(factory);
