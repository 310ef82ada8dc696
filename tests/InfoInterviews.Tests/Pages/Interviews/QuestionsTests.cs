using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Tests.Pages.QuestionSets;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class QuestionsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Attaching_a_set_copies_its_questions_so_later_edits_of_the_set_leave_the_interview_alone()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Copy"));
        var setName = Arrange.Unique("Set ");
        var setId = await ArrangeSets.SetAsync(factory, userId, setName, "One?", "Two?");
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        using var response = await client.SubmitAsync(page, "#attach-form", new Dictionary<string, string?> { ["questionSetId"] = setId.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal($"/Interviews/{id}/Questions", response.Headers.Location?.OriginalString);
        var after = await client.FollowAsync(response);
        Assert.Contains($"“{setName}” added 2 questions to this interview.", after.Text, StringComparison.Ordinal);
        var edit = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");
        using (var reworded = await client.SubmitAsync(edit, ".reword-form", new Dictionary<string, string?> { ["text"] = "One, changed later?" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reworded.StatusCode);
        }

        var interview = await Arrange.LoadInterviewAsync(factory, userId, id);
        Assert.Equal(["One?", "Two?"], interview.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [SkippableFact]
    public async Task A_question_is_added_to_this_interview_alone_after_the_others()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Own"));
        await Arrange.AddQuestionsAsync(factory, userId, id, "From a set?");
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        using var response = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["Input.Text"] = "  Only for her?  " });
        var after = await client.FollowAsync(response);

        Assert.Contains("Your question was added to this interview.", after.Text, StringComparison.Ordinal);
        Assert.Equal(["From a set?", "Only for her?"], after.Document.QuerySelectorAll("#questions li").Select(li => li.TextContent.Trim()));
        var interview = await Arrange.LoadInterviewAsync(factory, userId, id);
        Assert.Equal(["From a set?", "Only for her?"], interview.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [SkippableFact]
    public async Task An_empty_or_overlong_question_is_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Empty"));
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        using var empty = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["Input.Text"] = "" });
        using var overlong = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["Input.Text"] = new string('q', InterviewQuestion.TextMaxLength + 1) });

        Assert.Contains("Write the question you want to ask.", (await AppClient.ReadPageAsync(empty)).Find("#add-form").TextContent, StringComparison.Ordinal);
        Assert.Contains("Keep the question under 500 characters.", (await AppClient.ReadPageAsync(overlong)).Find("#add-form").TextContent, StringComparison.Ordinal);
        Assert.Empty((await Arrange.LoadInterviewAsync(factory, userId, id)).Questions);
    }

    [SkippableFact]
    public async Task Another_users_interview_or_set_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerId = await owner.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, ownerId, Arrange.Unique("Private"));
        var ownersSet = await ArrangeSets.SetAsync(factory, ownerId, Arrange.Unique("Set "), "Theirs?");
        using var other = factory.CreateAppClient();
        var otherId = await other.SignUpAsync(factory);
        var (othersInterview, _) = await Arrange.InterviewAsync(factory, otherId, Arrange.Unique("Mine"));

        await other.GetPageAsync($"/Interviews/{id}/Questions", HttpStatusCode.NotFound);
        using var add = await other.PostAsync($"/Interviews/{id}/Questions?handler=Add", new Dictionary<string, string> { ["Input.Text"] = "Sneaky?" });
        using var attachToTheirs = await other.PostAsync($"/Interviews/{id}/Questions?handler=Attach", new Dictionary<string, string> { ["questionSetId"] = ownersSet.ToString(CultureInfo.InvariantCulture) });
        using var attachTheirSet = await other.PostAsync($"/Interviews/{othersInterview}/Questions?handler=Attach", new Dictionary<string, string> { ["questionSetId"] = ownersSet.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attachToTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attachTheirSet.StatusCode);
        Assert.Empty((await Arrange.LoadInterviewAsync(factory, ownerId, id)).Questions);
        Assert.Empty((await Arrange.LoadInterviewAsync(factory, otherId, othersInterview)).Questions);
    }
}

public sealed class QuestionsTestsOnSqlite(SqliteAppFactory factory) : QuestionsTests<SqliteAppFactory>(factory);

public sealed class QuestionsTestsOnPostgres(PostgresAppFactory factory) : QuestionsTests<PostgresAppFactory>(factory);
