using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class QuestionsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Attaching_a_set_copies_its_questions_so_later_edits_of_the_set_leave_the_interview_alone()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Copy"))).Id;
        var setName = Network.Unique("Set ");
        var setId = (await network.AddQuestionSetAsync(setName, "One?", "Two?")).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        using var response = await client.SubmitAsync(page, "#attach-form", new Dictionary<string, string?> { ["questionSetId"] = setId.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal($"/Interviews/{id}/Questions", response.Headers.Location?.OriginalString);
        var after = await client.FollowAsync(response);
        Assert.Contains($"2 questions of “{setName}” added to this interview.", after.Text, StringComparison.Ordinal);
        var edit = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");
        var first = (await network.FindQuestionSetAsync(setId))!.Ordered.First().Id;
        using (var reworded = await client.SubmitAsync(edit, "#set-form", new Dictionary<string, string?> { [InfoInterviews.Web.Pages.QuestionSets.EditModel.TextField(first)] = "One, changed later?" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reworded.StatusCode);
        }

        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(["One?", "Two?"], interview.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [SkippableFact]
    public async Task A_question_is_added_to_this_interview_alone_after_the_others()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Own"))).Id;
        await network.AddQuestionsAsync(id, "From a set?");
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        using var response = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["Input.Text"] = "  Only for her?  " });
        var after = await client.FollowAsync(response);

        Assert.Contains("Your question was added to this interview.", after.Text, StringComparison.Ordinal);
        Assert.Equal(["From a set?", "Only for her?"], after.Document.QuerySelectorAll("#questions > li > span:first-child").Select(e => e.TextContent));
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(["From a set?", "Only for her?"], interview.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [SkippableFact]
    public async Task An_empty_or_overlong_question_is_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Empty"))).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        using var empty = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["Input.Text"] = "" });
        using var overlong = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["Input.Text"] = new string('q', InterviewQuestion.TextMaxLength + 1) });

        Assert.Contains("Write the question you want to ask.", (await AppClient.ReadPageAsync(empty)).Find("#add-form").TextContent, StringComparison.Ordinal);
        Assert.Contains("A question has at most 500 characters.", (await AppClient.ReadPageAsync(overlong)).Find("#add-form").TextContent, StringComparison.Ordinal);
        Assert.Empty((await network.LoadInterviewAsync(id)).Questions);
    }

    [SkippableFact]
    public async Task Another_users_interview_or_set_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Private"))).Id;
        var ownersSet = (await ownerNetwork.AddQuestionSetAsync(Network.Unique("Set "), "Theirs?")).Id;
        using var other = factory.CreateAppClient();
        var otherNetwork = Network.Of(factory, await factory.SignInNewUserAsync(other));
        var othersInterview = (await otherNetwork.AddInterviewAsync(Network.Unique("Mine"))).Id;

        await other.GetPageAsync($"/Interviews/{id}/Questions", HttpStatusCode.NotFound);
        using var add = await other.PostAsync($"/Interviews/{id}/Questions?handler=Add", new Dictionary<string, string> { ["Input.Text"] = "Sneaky?" });
        using var attachToTheirs = await other.PostAsync($"/Interviews/{id}/Questions?handler=Attach", new Dictionary<string, string> { ["questionSetId"] = ownersSet.ToString(CultureInfo.InvariantCulture) });
        using var attachTheirSet = await other.PostAsync($"/Interviews/{othersInterview}/Questions?handler=Attach", new Dictionary<string, string> { ["questionSetId"] = ownersSet.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attachToTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attachTheirSet.StatusCode);
        Assert.Empty((await ownerNetwork.LoadInterviewAsync(id)).Questions);
        Assert.Empty((await otherNetwork.LoadInterviewAsync(othersInterview)).Questions);
    }

    [SkippableFact]
    public async Task The_set_made_for_the_interviews_purpose_is_offered_first()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Purpose"))).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");

        var selected = page.Find("#questionSetId option[selected]");
        var setId = int.Parse(selected.GetAttribute("value")!, CultureInfo.InvariantCulture);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            Assert.Equal(InterviewPurpose.Job, (await db.QuestionSets.FindAsync(setId))!.Purpose);
        }

        Assert.NotEqual(page.Find("#questionSetId option").GetAttribute("value"), selected.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Attaching_a_set_twice_adds_only_the_questions_not_there_yet_and_says_so()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Twice"))).Id;
        await network.AddQuestionsAsync(id, "one?");
        var setName = Network.Unique("Set ");
        var setId = (await network.AddQuestionSetAsync(setName, "One?", "Two?")).Id;
        var values = new Dictionary<string, string?> { ["questionSetId"] = setId.ToString(CultureInfo.InvariantCulture) };

        using var first = await client.SubmitAsync(await client.GetPageAsync($"/Interviews/{id}/Questions"), "#attach-form", values);
        var afterFirst = await client.FollowAsync(first);
        using var second = await client.SubmitAsync(afterFirst, "#attach-form", values);
        var afterSecond = await client.FollowAsync(second);

        Assert.Contains($"1 question of “{setName}” added; 1 question already on this interview was not added again.", afterFirst.Text, StringComparison.Ordinal);
        Assert.Contains($"Every question of “{setName}” is already on this interview: nothing was added.", afterSecond.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(["one?", "Two?"], interview.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [SkippableFact]
    public async Task A_question_moves_with_its_answer_and_an_answered_one_is_removed_only_after_confirming()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Order"))).Id;
        await network.AddQuestionsAsync(id, "First?", "Second?", "Third?");
        var firstId = (await network.LoadInterviewAsync(id)).Questions.Single(q => q.Text == "First?").Id;
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            (await db.InterviewQuestions.FindAsync(firstId))!.Answer = "The first answer";
            await db.SaveChangesAsync();
        }

        var page = await client.GetPageAsync($"/Interviews/{id}/Questions");
        using var moved = await client.SubmitAsync(page, $"#question-{firstId} form:first-of-type", null, $"#question-{firstId} button[value='1']");
        Assert.Equal($"/Interviews/{id}/Questions#question-{firstId}", moved.Headers.Location?.OriginalString);
        var afterMove = await client.FollowAsync(moved);
        Assert.Equal(["Second?", "First?", "Third?"], afterMove.Document.QuerySelectorAll("#questions > li > span:first-child").Select(e => e.TextContent));

        using var asked = await client.SubmitAsync(afterMove, $"#question-{firstId} form:last-of-type");
        var confirm = await AppClient.ReadPageAsync(asked);
        Assert.Contains("has an answer. Remove the question and its answer?", confirm.Find("#confirm-remove").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (await network.LoadInterviewAsync(id)).Questions.Count);

        using var removed = await client.SubmitAsync(confirm, "#confirm-remove form");
        var afterRemove = await client.FollowAsync(removed);
        Assert.Contains("The question and its answer were removed.", afterRemove.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(["Second?", "Third?"], interview.Questions.OrderBy(q => q.Position).Select(q => q.Text));
        Assert.Equal([0, 1], interview.Questions.OrderBy(q => q.Position).Select(q => q.Position));
    }

    [SkippableFact]
    public async Task Another_users_question_cannot_be_moved_or_removed()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Mine"))).Id;
        await ownerNetwork.AddQuestionsAsync(id, "Mine?", "Also mine?");
        var questionId = (await ownerNetwork.LoadInterviewAsync(id)).Questions.Single(q => q.Text == "Mine?").Id;
        using var intruder = factory.CreateAppClient();
        var intruderNetwork = Network.Of(factory, await factory.SignInNewUserAsync(intruder));
        var ownId = (await intruderNetwork.AddInterviewAsync(Network.Unique("Theirs"))).Id;
        var question = questionId.ToString(CultureInfo.InvariantCulture);

        using var moveOther = await intruder.PostAsync($"/Interviews/{id}/Questions?handler=Move", new Dictionary<string, string> { ["questionId"] = question, ["offset"] = "1" });
        using var removeThroughOwn = await intruder.PostAsync($"/Interviews/{ownId}/Questions?handler=Remove", new Dictionary<string, string> { ["questionId"] = question, ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, moveOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removeThroughOwn.StatusCode);
        Assert.Equal(["Mine?", "Also mine?"], (await ownerNetwork.LoadInterviewAsync(id)).Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }
}

public sealed class QuestionsTestsOnSqlite(SqliteAppFactory factory) : QuestionsTests<SqliteAppFactory>(factory);

public sealed class QuestionsTestsOnPostgres(PostgresAppFactory factory) : QuestionsTests<PostgresAppFactory>(factory);
