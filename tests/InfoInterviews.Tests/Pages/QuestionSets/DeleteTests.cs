using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Tests.Pages.Interviews;

namespace InfoInterviews.Tests.Pages.QuestionSets;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Deleting_asks_first_then_removes_the_set_while_interviews_keep_their_copied_questions()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var name = Arrange.Unique("Doomed ");
        var setId = await ArrangeSets.SetAsync(factory, userId, name, "Kept on the interview?");
        var (interviewId, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Ada"));
        await Arrange.AddQuestionsAsync(factory, userId, interviewId, ArrangeSets.Texts((await ArrangeSets.FindAsync(factory, userId, setId))!));

        var confirm = await client.GetPageAsync($"/QuestionSets/{setId}/Delete");
        Assert.Contains("keep their copy of the questions", confirm.Text, StringComparison.Ordinal);
        Assert.NotNull(await ArrangeSets.FindAsync(factory, userId, setId));
        using var response = await client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/QuestionSets", response.Headers.Location?.OriginalString);
        var list = await client.FollowAsync(response);
        Assert.Contains($"“{name}” was deleted.", list.Text, StringComparison.Ordinal);
        Assert.Null(await ArrangeSets.FindAsync(factory, userId, setId));
        var interview = await Arrange.LoadInterviewAsync(factory, userId, interviewId);
        Assert.Equal("Kept on the interview?", Assert.Single(interview.Questions).Text);
    }

    [SkippableFact]
    public async Task Another_users_set_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerId = await owner.SignUpAsync(factory);
        var setId = await ArrangeSets.SetAsync(factory, ownerId, Arrange.Unique("Mine "), "Q?");
        using var other = factory.CreateAppClient();
        await other.SignUpAsync(factory);

        await other.GetPageAsync($"/QuestionSets/{setId}/Delete", HttpStatusCode.NotFound);
        using var response = await other.PostAsync($"/QuestionSets/{setId}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await ArrangeSets.FindAsync(factory, ownerId, setId));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
