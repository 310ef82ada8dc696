using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;

namespace InfoInterviews.Tests.Pages.Templates;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_new_account_lists_a_starter_template_for_each_step_linking_to_its_details()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync("/Templates");

        var links = page.Document.QuerySelectorAll("#templates tbody a").ToList();
        Assert.Equal(StarterOutreachTemplates.All.Select(t => t.Name).Order(StringComparer.Ordinal), links.Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.All(links, a => Assert.Matches("^/Templates/[0-9]+$", a.GetAttribute("href")));
    }

    [SkippableFact]
    public async Task The_list_filters_by_step_and_shows_only_the_users_own_templates()
    {
        using var other = await Network.SignInAsync(factory);
        var hidden = await other.AddTemplateAsync(step: OutreachStep.Update);
        using var network = await Network.SignInAsync(factory);
        var mine = await network.AddTemplateAsync(step: OutreachStep.Update);

        var page = await network.Client.GetPageAsync("/Templates?step=Update");

        var names = page.Document.QuerySelectorAll("#templates tbody a").Select(a => a.TextContent).ToList();
        Assert.Contains(mine.Name, names);
        Assert.Contains("Update on their advice", names);
        Assert.DoesNotContain(hidden.Name, names);
        Assert.DoesNotContain("First request", names);
    }

    [SkippableFact]
    public async Task The_list_is_paged()
    {
        using var network = await Network.SignInAsync(factory);
        for (var i = 0; i < 30; i++)
        {
            await network.AddTemplateAsync(name: $"Thanks {i:00}", step: OutreachStep.ThankYou);
        }

        var first = await network.Client.GetPageAsync("/Templates?step=ThankYou");
        var second = await network.Client.GetPageAsync("/Templates?step=ThankYou&page=2");

        var onFirst = first.Document.QuerySelectorAll("#templates tbody tr").Length;
        var onSecond = second.Document.QuerySelectorAll("#templates tbody tr").Length;
        Assert.True(onFirst < 31 && onSecond > 0, $"{onFirst} on the first page, {onSecond} on the second.");
        Assert.Equal(31, onFirst + onSecond);
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
