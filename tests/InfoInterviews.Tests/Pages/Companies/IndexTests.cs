using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Companies;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static List<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("#companies tbody td a").Select(a => a.TextContent).ToList();

    [SkippableFact]
    public async Task Without_companies_the_page_invites_adding_one_and_explains_the_scores()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync("/Companies");

        Assert.Contains("No target companies yet", page.Text, StringComparison.Ordinal);
        var lamp = page.Find("#lamp").TextContent;
        Assert.Contains("Motivation (0–3)", lamp, StringComparison.Ordinal);
        Assert.Contains("Posting (0–3)", lamp, StringComparison.Ordinal);
        Assert.Contains("How many of your contacts work there", lamp, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Companies_rank_by_motivation_then_posting_then_advocacy()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddCompanyAsync("Low Motive", motivation: 1, posting: 3);
        await network.AddCompanyAsync("Top Both", motivation: 3, posting: 3);
        await network.AddCompanyAsync("Top Lonely", motivation: 3, posting: 1);
        await network.AddCompanyAsync("Top Friends", motivation: 3, posting: 1);
        await network.AddContactAsync("Fred", "Friend", company: "Top Friends");
        await network.AddContactAsync("Gina", "Friend", company: "Top Friends");
        await network.AddContactAsync("Arch", "Ived", company: "Top Lonely", configure: c => c.Archive());

        var page = await network.Client.GetPageAsync("/Companies");

        Assert.Equal(["Top Both", "Top Friends", "Top Lonely", "Low Motive"], Names(page));
        var friends = page.Document.QuerySelectorAll("#companies tbody tr")[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2", "Top Friends", "3", "1", "2", ""], friends);
    }

    [SkippableFact]
    public async Task Any_column_sorts_the_list_and_search_finds_by_name()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddCompanyAsync("Beta Labs", motivation: 3);
        await network.AddCompanyAsync("Alpha Works", motivation: 1);
        await network.AddCompanyAsync("Gamma Advocates", motivation: 0);
        await network.AddContactAsync("Ann", "Advocate", company: "Gamma Advocates");

        Assert.Equal(["Alpha Works", "Beta Labs", "Gamma Advocates"], Names(await network.Client.GetPageAsync("/Companies?sort=name")));
        Assert.Equal(["Gamma Advocates", "Alpha Works", "Beta Labs"], Names(await network.Client.GetPageAsync("/Companies?sort=advocacy&desc=true")));
        Assert.Equal(["Gamma Advocates", "Alpha Works", "Beta Labs"], Names(await network.Client.GetPageAsync("/Companies?sort=motivation")));
        Assert.Equal(["Beta Labs"], Names(await network.Client.GetPageAsync("/Companies?q=BETA")));
        Assert.Contains("No company matches", (await network.Client.GetPageAsync("/Companies?q=zeta")).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_score_column_sorts_high_first_and_a_rank_is_always_the_lamp_rank()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddCompanyAsync("Zeal Corp", motivation: 3);
        await network.AddCompanyAsync("Apathy Inc", motivation: 0);
        await network.AddCompanyAsync("Middling Ltd", motivation: 2);
        var ranked = await network.Client.GetPageAsync("/Companies");
        Assert.Equal("Rank", ranked.Find("#companies thead th").TextContent);

        var byMotivation = await network.Client.GetPageAsync(ranked.Find("#companies thead a[href*='motivation']").GetAttribute("href")!);

        Assert.Equal(["Zeal Corp", "Middling Ltd", "Apathy Inc"], Names(byMotivation));
        Assert.Contains("sort=name", ranked.Find("#companies thead a[href*='name']").GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("desc", ranked.Find("#companies thead a[href*='name']").GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("Rank", byMotivation.Find("#companies thead").TextContent, StringComparison.Ordinal);
        Assert.Equal("/Companies", byMotivation.Find("#unranked a").GetAttribute("href"));
        Assert.DoesNotContain("Rank", (await network.Client.GetPageAsync("/Companies?q=corp")).Find("#companies thead").TextContent, StringComparison.Ordinal);
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
