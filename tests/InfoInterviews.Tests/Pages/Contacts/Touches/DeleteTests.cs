using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts.Touches;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Deleting_the_latest_touch_falls_back_to_the_one_before()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Dana", "Deleted", configure: c =>
        {
            c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-6), "Earlier");
            c.LogTouch(InteractionKind.Message, InteractionDirection.Incoming, network.Now.AddDays(-2), "Mistake");
        });
        var touchId = await network.WithDbAsync(db => db.Interactions.Where(i => i.Summary == "Mistake").Select(i => i.Id).SingleAsync());

        var confirm = await network.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Delete");
        Assert.Contains("Mistake", confirm.Find("#touch").TextContent, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Interactions).SingleAsync(c => c.Id == contact.Id));
        Assert.Equal("Earlier", Assert.Single(saved.Interactions).Summary);
        Assert.Equal(network.Now.AddDays(-6), saved.LastTouchUtc);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        await owner.AddContactAsync("Ola", "Owner", configure: c => c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, owner.Now, "Keep"));
        var touchId = await owner.WithDbAsync(db => db.Interactions.Select(i => i.Id).SingleAsync());
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Contacts/Touches/{touchId}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await owner.WithDbAsync(db => db.Interactions.AnyAsync(i => i.Id == touchId)));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
