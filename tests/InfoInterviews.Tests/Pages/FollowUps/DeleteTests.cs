using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Delete_asks_first_then_removes_the_follow_up()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Margaret", "Hamilton");
        var followUp = await network.AddFollowUpAsync(contact.Id, title: "Send the Apollo photos");

        var confirm = await network.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Delete");
        Assert.Contains("Delete “Send the Apollo photos”?", confirm.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.NotNull(await network.FindFollowUpAsync(followUp.Id));
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/FollowUps", response.Headers.Location?.OriginalString);
        Assert.Null(await network.FindFollowUpAsync(followUp.Id));
        Assert.Contains("Deleted: Send the Apollo photos.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync();
        var followUp = await owner.AddFollowUpAsync(contact.Id);
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/FollowUps/{followUp.Id}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/FollowUps/{followUp.Id}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotNull(await owner.FindFollowUpAsync(followUp.Id));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
