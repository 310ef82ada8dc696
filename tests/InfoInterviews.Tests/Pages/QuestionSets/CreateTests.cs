using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.QuestionSets;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_set_is_created_with_its_questions_one_per_line_and_opens_for_editing()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Data roles ");
        var page = await client.GetPageAsync("/QuestionSets/Create");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = name,
            ["Input.Purpose"] = nameof(InterviewPurpose.Job),
            ["Input.Description"] = "For analysts",
            ["Input.Questions"] = "What tools do you use?\r\n\r\n  How big is the team?  \nWho do you report to?",
        });

        var id = AppClient.IdFrom(response, "/QuestionSets/");
        Assert.Equal($"/QuestionSets/{id}/Edit", response.Headers.Location?.OriginalString);
        var edit = await client.FollowAsync(response);
        Assert.Contains($"“{name}” was created.", edit.Text, StringComparison.Ordinal);
        var set = await network.FindQuestionSetAsync(id);
        Assert.NotNull(set);
        Assert.Equal(name, set.Name);
        Assert.Equal(InterviewPurpose.Job, set.Purpose);
        Assert.Equal("For analysts", set.Description);
        Assert.Equal(["What tools do you use?", "How big is the team?", "Who do you report to?"], Network.QuestionTexts(set));
    }

    [SkippableFact]
    public async Task A_set_without_a_name_or_purpose_is_refused_with_messages()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);
        var page = await client.GetPageAsync("/QuestionSets/Create");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = " ",
            ["Input.Purpose"] = "",
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Give the set a name.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Choose what kind of conversation the set is for.", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_question_longer_than_allowed_is_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Too long ");
        var page = await client.GetPageAsync("/QuestionSets/Create");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = name,
            ["Input.Purpose"] = nameof(InterviewPurpose.Career),
            ["Input.Questions"] = new string('q', Question.TextMaxLength + 1),
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains($"A question has at most {Question.TextMaxLength} characters.", result.Text, StringComparison.Ordinal);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            Assert.DoesNotContain(db.QuestionSets, s => s.Name == name);
        }
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
