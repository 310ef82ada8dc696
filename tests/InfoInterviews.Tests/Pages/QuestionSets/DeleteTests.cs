using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.QuestionSets;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Deleting_asks_first_then_removes_the_set_while_interviews_keep_their_copied_questions()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Doomed ");
        var setId = (await network.AddQuestionSetAsync(name, "Kept on the interview?")).Id;
        var interviewId = (await network.AddInterviewAsync(Network.Unique("Ada"))).Id;
        await network.AddQuestionsAsync(interviewId, Network.QuestionTexts((await network.FindQuestionSetAsync(setId))!));

        var confirm = await client.GetPageAsync($"/QuestionSets/{setId}/Delete");
        Assert.Contains("keep their copy of the questions", confirm.Text, StringComparison.Ordinal);
        Assert.NotNull(await network.FindQuestionSetAsync(setId));
        using var response = await client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/QuestionSets", response.Headers.Location?.OriginalString);
        var list = await client.FollowAsync(response);
        Assert.Contains($"“{name}” was deleted.", list.Text, StringComparison.Ordinal);
        Assert.Null(await network.FindQuestionSetAsync(setId));
        var interview = await network.LoadInterviewAsync(interviewId);
        Assert.Equal("Kept on the interview?", Assert.Single(interview.Questions).Text);
    }

    [SkippableFact]
    public async Task Another_users_set_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var setId = (await ownerNetwork.AddQuestionSetAsync(Network.Unique("Mine "), "Q?")).Id;
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        await other.GetPageAsync($"/QuestionSets/{setId}/Delete", HttpStatusCode.NotFound);
        using var response = await other.PostAsync($"/QuestionSets/{setId}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await ownerNetwork.FindQuestionSetAsync(setId));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
