using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages;

public abstract class HomeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_newcomer_is_welcomed_and_someone_with_contacts_is_welcomed_back()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));

        var first = await client.GetPageAsync("/");
        Assert.StartsWith("Welcome, ", first.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Equal("/Contacts/Create", first.Find("main p.lead a").GetAttribute("href"));

        await network.AddContactAsync(Network.Unique("Known"));
        var later = await client.GetPageAsync("/");
        Assert.StartsWith("Welcome back, ", later.Find("h1").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_main_menu_leads_to_every_list()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);

        var home = await client.GetPageAsync("/");

        var links = home.Document.QuerySelectorAll("nav[aria-label='Main'] .navbar-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/Contacts", "/Companies", "/Tags", "/Interviews", "/FollowUps", "/Opportunities", "/QuestionSets", "/Templates"], links.Take(9));
    }
}

public sealed class HomeTestsOnSqlite(SqliteAppFactory factory) : HomeTests<SqliteAppFactory>(factory);

public sealed class HomeTestsOnPostgres(PostgresAppFactory factory) : HomeTests<PostgresAppFactory>(factory);
