using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;

namespace InfoInterviews.Tests.Pages.Opportunities;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static List<string> Titles(HtmlPage page) =>
        page.Document.QuerySelectorAll("#opportunities tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    [SkippableFact]
    public async Task Without_opportunities_the_page_invites_adding_one()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync("/Opportunities");

        Assert.Contains("No opportunities yet", page.Find("#no-results").TextContent, StringComparison.Ordinal);
        Assert.Equal("/Opportunities/Create", page.Find("#no-results a").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task The_list_shows_what_moved_last_first_and_filters_by_status_kind_and_company()
    {
        using var network = await Network.SignInAsync(factory);
        var litware = await network.AddCompanyAsync("Litware");
        await network.AddOpportunityAsync("Analyst", OpportunityKind.RoleNotAdvertised, o => o.CompanyId = litware.Id);
        await network.AddOpportunityAsync("Platform engineer", OpportunityKind.AdvertisedRole, o => o.MoveTo(OpportunityStatus.Applied, network.Now.AddHours(2)));
        await network.AddOpportunityAsync("Data migration", OpportunityKind.ProjectOrFreelance, o => o.MoveTo(OpportunityStatus.Interviewing, network.Now.AddHours(1)));
        using var other = await Network.SignInAsync(factory);
        await other.AddOpportunityAsync("Someone else's role");

        var all = await network.Client.GetPageAsync("/Opportunities");

        Assert.Equal(["Platform engineer", "Data migration", "Analyst"], Titles(all));
        Assert.Equal(["Platform engineer"], Titles(await network.Client.GetPageAsync("/Opportunities?status=Applied")));
        Assert.Equal(["Data migration"], Titles(await network.Client.GetPageAsync("/Opportunities?kind=ProjectOrFreelance")));
        Assert.Equal(["Analyst"], Titles(await network.Client.GetPageAsync($"/Opportunities?company={litware.Id}")));
        Assert.Equal(["Analyst"], Titles(await network.Client.GetPageAsync("/Opportunities?company=LITWARE")));
        Assert.Equal(["Analyst", "Data migration", "Platform engineer"], Titles(await network.Client.GetPageAsync("/Opportunities?sort=title")));
        Assert.Equal(["Analyst", "Platform engineer", "Data migration"], Titles(await network.Client.GetPageAsync("/Opportunities?sort=status")));
        Assert.Contains("No opportunities match these filters.", (await network.Client.GetPageAsync("/Opportunities?status=Offer")).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_long_list_is_paged_and_a_bad_filter_is_ignored()
    {
        using var network = await Network.SignInAsync(factory);
        for (var i = 0; i < PagedListExtensions.DefaultPageSize + 2; i++)
        {
            await network.AddOpportunityAsync($"Role {i:D2}");
        }

        var first = await network.Client.GetPageAsync("/Opportunities?sort=title&status=NoSuchStatus");
        var second = await network.Client.GetPageAsync("/Opportunities?sort=title&page=2");

        Assert.Equal(PagedListExtensions.DefaultPageSize, Titles(first).Count);
        Assert.Equal(["Role 25", "Role 26"], Titles(second));
        Assert.Contains("Page 2 of 2", second.Text, StringComparison.Ordinal);
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
