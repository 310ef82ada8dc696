using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Delete_removes_the_contacts_touches_and_keeps_interviews_and_opportunities()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Annie", "Easley", configure: c =>
            c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, network.Now.AddDays(-1), "Hello"));
        var introduced = await network.AddContactAsync("Melba", "Roy", configure: c => c.IntroducedById = contact.Id);
        await network.WithDbAsync(async db =>
        {
            db.InterviewRequests.Add(new InterviewRequest(await db.Contacts.SingleAsync(c => c.Id == contact.Id), InterviewPurpose.Job, null, AskChannel.Email, network.Now));
            db.Opportunities.Add(new Opportunity("Rocket software", OpportunityKind.AdvertisedRole, DateOnly.FromDateTime(network.Now), network.Now) { ContactId = contact.Id });
            return 0;
        });

        var confirm = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Delete");
        Assert.Contains("Deleted with them: their tags, 1 logged touch and no follow-ups.", confirm.Find("#consequences").TextContent, StringComparison.Ordinal);
        Assert.Contains("Kept with their history and their name", confirm.Find("#consequences").TextContent, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/Contacts", response.Headers.Location?.OriginalString);
        var (contacts, touches, interview, opportunity, melba) = await network.WithDbAsync(async db => (
            await db.Contacts.CountAsync(),
            await db.Interactions.CountAsync(),
            await db.InterviewRequests.SingleAsync(),
            await db.Opportunities.SingleAsync(),
            await db.Contacts.SingleAsync(c => c.Id == introduced.Id)));
        Assert.Equal((1, 0), (contacts, touches));
        Assert.Null(interview.ContactId);
        Assert.Equal("Annie Easley", interview.ContactName);
        Assert.Null(opportunity.ContactId);
        Assert.Null(melba.IntroducedById);
        Assert.Contains("Annie Easley was deleted.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync("Christine", "Darden");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Contacts/{contact.Id}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Contacts/{contact.Id}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await owner.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact.Id)));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
