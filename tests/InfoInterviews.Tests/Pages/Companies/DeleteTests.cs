using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Companies;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Delete_asks_first_then_removes_the_company_and_keeps_its_contacts()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Kim", "Kept", company: "Adventure Works");

        var confirm = await network.Client.GetPageAsync($"/Companies/{contact.CompanyId}/Delete");
        Assert.Contains("Kept, with no company: 1 contact of yours there.", confirm.Find("#consequences").TextContent, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/Companies", response.Headers.Location?.OriginalString);
        var (companies, kim) = await network.WithDbAsync(async db => (await db.Companies.CountAsync(), await db.Contacts.SingleAsync()));
        Assert.Equal(0, companies);
        Assert.Null(kim.CompanyId);
        Assert.Contains("Adventure Works was deleted.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var company = await owner.AddCompanyAsync("Alpine Ski House");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Companies/{company.Id}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Companies/{company.Id}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await owner.WithDbAsync(db => db.Companies.AnyAsync(c => c.Id == company.Id)));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
