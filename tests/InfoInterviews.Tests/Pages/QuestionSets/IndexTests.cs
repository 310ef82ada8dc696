using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.QuestionSets;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_new_account_starts_with_the_starter_sets()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));

        var page = await client.GetPageAsync("/QuestionSets");

        var names = page.Document.QuerySelectorAll("#sets tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(StarterQuestionSets.All.Select(s => s.Name).Order(StringComparer.Ordinal), names);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var tiara = await db.QuestionSets.AsNoTracking().Include(s => s.Questions).SingleAsync(s => s.Name == StarterQuestionSets.TiaraName);
            Assert.Equal(StarterQuestionSets.All.Single(s => s.Name == StarterQuestionSets.TiaraName).Questions, Network.QuestionTexts(tiara));
        }
    }

    [SkippableFact]
    public async Task Another_users_sets_are_not_listed()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var name = Network.Unique("Private set ");
        await ownerNetwork.AddQuestionSetAsync(name, "Hidden?");
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        var page = await other.GetPageAsync("/QuestionSets");

        Assert.DoesNotContain(name, page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Filtering_by_purpose_lists_only_the_sets_for_it()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);

        var page = await client.GetPageAsync($"/QuestionSets?purpose={InterviewPurpose.Career}");

        var row = Assert.Single(page.Document.QuerySelectorAll("#sets tbody tr"));
        Assert.Contains("About a career", row.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task With_no_sets_the_page_invites_the_user_to_write_one()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            await db.QuestionSets.ExecuteDeleteAsync();
        }

        var page = await client.GetPageAsync("/QuestionSets");

        Assert.Contains("You have no question sets.", page.Find("#no-sets").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#no-sets a[href='/QuestionSets/Create']"));
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
