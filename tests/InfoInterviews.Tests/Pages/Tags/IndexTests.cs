using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Tags;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Lists_each_tag_with_its_number_of_contacts()
    {
        using var network = await Network.SignInAsync(factory);
        var first = await network.AddContactAsync("Tom", "Tagged");
        var second = await network.AddContactAsync("Tess", "Tagged");
        await network.AddTagAsync("robotics", first.Id, second.Id);
        await network.AddTagAsync("unused");

        var page = await network.Client.GetPageAsync("/Tags");

        var rows = page.Document.QuerySelectorAll("#tags tbody tr")
            .Select(r => (r.QuerySelector("td")!.TextContent, r.QuerySelectorAll("td")[1].TextContent)).ToList();
        Assert.Equal([("robotics", "2"), ("unused", "0")], rows);
    }

    [SkippableFact]
    public async Task Many_tags_are_paged_in_name_order()
    {
        using var network = await Network.SignInAsync(factory);
        for (var i = 0; i < 27; i++)
        {
            await network.AddTagAsync($"topic-{i:D2}");
        }

        var second = await network.Client.GetPageAsync("/Tags?page=2");

        Assert.Equal(["topic-25", "topic-26"], second.Document.QuerySelectorAll("#tags tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Contains("Page 2 of 2 · 27 in all", second.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_tags_the_page_says_how_to_add_them()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync("/Tags");

        Assert.Contains("No tags yet.", page.Find("#tags").TextContent, StringComparison.Ordinal);
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
