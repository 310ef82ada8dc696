using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Opportunities;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Deleting_asks_first_then_removes_only_the_opportunity()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Valerie", "Thomas", company: "Illusion Optics");
        var opportunity = await network.AddOpportunityAsync("Image processing", configure: o => (o.ContactId, o.CompanyId) = (contact.Id, contact.CompanyId));

        var confirm = await network.Client.GetPageAsync($"/Opportunities/{opportunity.Id}/Delete");
        Assert.Contains("Delete Image processing?", confirm.Find("h1").TextContent, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/Opportunities", response.Headers.Location?.OriginalString);
        Assert.Contains("Image processing was deleted.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        Assert.Empty(await network.OpportunitiesAsync());
        Assert.Equal((1, 1), await network.WithDbAsync(async db => (await db.Contacts.CountAsync(), await db.Companies.CountAsync())));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var opportunity = await owner.AddOpportunityAsync();
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Opportunities/{opportunity.Id}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Opportunities/{opportunity.Id}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Single(await owner.OpportunitiesAsync());
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
