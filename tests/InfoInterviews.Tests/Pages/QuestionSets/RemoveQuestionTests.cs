using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.QuestionSets;

public abstract class RemoveQuestionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Removing_asks_first_then_closes_the_gap()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var setId = (await network.AddQuestionSetAsync(Network.Unique("Set "), "First?", "Second?", "Third?")).Id;
        var edit = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");
        var link = edit.Document.QuerySelectorAll(".remove-link")[1].GetAttribute("href")!;

        var confirm = await client.GetPageAsync(link);
        Assert.Equal("Second?", confirm.Find("#question").TextContent);
        Assert.Equal(3, (await network.FindQuestionSetAsync(setId))!.Questions.Count);
        using var response = await client.SubmitAsync(confirm, "#remove-form");

        Assert.Equal($"/QuestionSets/{setId}/Edit", response.Headers.Location?.OriginalString);
        var after = await client.FollowAsync(response);
        Assert.Contains("The question was removed.", after.Text, StringComparison.Ordinal);
        var set = await network.FindQuestionSetAsync(setId);
        Assert.Equal(["First?", "Third?"], Network.QuestionTexts(set!));
        Assert.Equal([0, 1], set!.Ordered.Select(q => q.Position));
    }

    [SkippableFact]
    public async Task A_question_of_another_set_or_user_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var setId = (await ownerNetwork.AddQuestionSetAsync(Network.Unique("Mine "), "Mine?")).Id;
        var otherSetId = (await ownerNetwork.AddQuestionSetAsync(Network.Unique("Other "), "Other?")).Id;
        var questionId = (await ownerNetwork.FindQuestionSetAsync(setId))!.Questions.Single().Id;
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        await owner.GetPageAsync($"/QuestionSets/{otherSetId}/Questions/{questionId}/Remove", HttpStatusCode.NotFound);
        await other.GetPageAsync($"/QuestionSets/{setId}/Questions/{questionId}/Remove", HttpStatusCode.NotFound);
        using var wrongSet = await owner.PostAsync($"/QuestionSets/{otherSetId}/Questions/{questionId}/Remove", new Dictionary<string, string>());
        using var otherUser = await other.PostAsync($"/QuestionSets/{setId}/Questions/{questionId}/Remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, wrongSet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherUser.StatusCode);
        Assert.Equal(["Mine?"], Network.QuestionTexts((await ownerNetwork.FindQuestionSetAsync(setId))!));
    }
}

public sealed class RemoveQuestionTestsOnSqlite(SqliteAppFactory factory) : RemoveQuestionTests<SqliteAppFactory>(factory);

public sealed class RemoveQuestionTestsOnPostgres(PostgresAppFactory factory) : RemoveQuestionTests<PostgresAppFactory>(factory);
