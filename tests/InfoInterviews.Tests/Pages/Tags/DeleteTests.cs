using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Tags;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Delete_asks_first_then_takes_the_tag_off_its_contacts()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Tara", "Untagged");
        var tag = await network.AddTagAsync("obsolete", contact.Id);

        var confirm = await network.Client.GetPageAsync($"/Tags/{tag.Id}/Delete");
        Assert.Contains("taken off its 1 contacts", confirm.Find("#consequences").TextContent, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/Tags", response.Headers.Location?.OriginalString);
        var (tags, links, contacts) = await network.WithDbAsync(async db => (await db.Tags.CountAsync(), await db.ContactTags.CountAsync(), await db.Contacts.CountAsync()));
        Assert.Equal((0, 0, 1), (tags, links, contacts));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var tag = await owner.AddTagAsync("kept");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Tags/{tag.Id}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Tags/{tag.Id}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await owner.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == tag.Id)));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
