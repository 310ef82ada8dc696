using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.QuestionSets;

namespace InfoInterviews.Tests.Pages.QuestionSets;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private async Task<(AppClient Client, Network Network, int SetId)> SetUpAsync(params string[] questions)
    {
        var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var setId = (await network.AddQuestionSetAsync(Network.Unique("Set "), questions)).Id;
        return (client, network, setId);
    }

    private static async Task<int[]> QuestionIdsAsync(Network network, int setId) =>
        (await network.FindQuestionSetAsync(setId))!.Ordered.Select(q => q.Id).ToArray();

    [SkippableFact]
    public async Task Saving_the_name_purpose_and_description_changes_the_set()
    {
        var (client, network, setId) = await SetUpAsync("A?");
        using var _ = client;
        var name = Network.Unique("Renamed ");
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = name,
            ["Input.Purpose"] = nameof(InterviewPurpose.Qualification),
            ["Input.Description"] = "For the cloud exam",
        });

        Assert.Equal($"/QuestionSets/{setId}/Edit", response.Headers.Location?.OriginalString);
        var saved = await client.FollowAsync(response);
        Assert.Contains("The set was saved.", saved.Text, StringComparison.Ordinal);
        var set = await network.FindQuestionSetAsync(setId);
        Assert.Equal(name, set!.Name);
        Assert.Equal(InterviewPurpose.Qualification, set.Purpose);
        Assert.Equal("For the cloud exam", set.Description);
    }

    [SkippableFact]
    public async Task An_empty_name_is_refused_with_a_message_and_nothing_changes()
    {
        var (client, network, setId) = await SetUpAsync("A?");
        using var _ = client;
        var before = await network.FindQuestionSetAsync(setId);
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?> { ["Input.Name"] = "" });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Give the set a name.", result.Text, StringComparison.Ordinal);
        Assert.Equal(before!.Name, (await network.FindQuestionSetAsync(setId))!.Name);
    }

    [SkippableFact]
    public async Task Questions_are_added_reworded_and_moved()
    {
        var (client, network, setId) = await SetUpAsync("First?", "Second?", "Third?");
        using var _ = client;

        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");
        using (var added = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["newQuestion"] = "Fourth?" }))
        {
            page = await client.FollowAsync(added);
            Assert.Contains("The question was added.", page.Text, StringComparison.Ordinal);
        }

        var first = (await QuestionIdsAsync(network, setId))[0];
        using (var reworded = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?> { [EditModel.TextField(first)] = "First, reworded?" }))
        {
            page = await client.FollowAsync(reworded);
        }

        using (var moved = await client.SubmitAsync(page, "#set-form", submitButtonSelector: $"#move-down-{first}"))
        {
            page = await client.FollowAsync(moved);
        }

        var set = await network.FindQuestionSetAsync(setId);
        Assert.Equal(["Second?", "First, reworded?", "Third?", "Fourth?"], Network.QuestionTexts(set!));
        Assert.Equal([0, 1, 2, 3], set!.Ordered.Select(q => q.Position));
    }

    [SkippableFact]
    public async Task An_empty_new_question_is_refused_with_a_message()
    {
        var (client, network, setId) = await SetUpAsync("Only?");
        using var _ = client;
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var response = await client.SubmitAsync(page, "#add-form", new Dictionary<string, string?> { ["newQuestion"] = "   " });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("A question needs some text.", result.Find("#add-form").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Only?"], Network.QuestionTexts((await network.FindQuestionSetAsync(setId))!));
    }

    [SkippableFact]
    public async Task Rewording_a_question_to_nothing_is_refused_with_a_message_beside_it()
    {
        var (client, network, setId) = await SetUpAsync("Keep me?");
        using var _ = client;
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        var question = (await QuestionIdsAsync(network, setId))[0];

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?> { [EditModel.TextField(question)] = "" });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("A question needs some text.", result.Find($"#question-{question}").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Keep me?"], Network.QuestionTexts((await network.FindQuestionSetAsync(setId))!));
    }

    [SkippableFact]
    public async Task A_reword_from_an_older_page_shows_a_conflict_beside_the_question_and_keeps_what_was_typed()
    {
        var (client, network, setId) = await SetUpAsync("Original?");
        using var _ = client;
        var question = (await QuestionIdsAsync(network, setId))[0];
        var first = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");
        var second = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var saved = await client.SubmitAsync(first, "#set-form", new Dictionary<string, string?> { [EditModel.TextField(question)] = "First wording?" });
        using var conflicted = await client.SubmitAsync(second, "#set-form", new Dictionary<string, string?> { [EditModel.TextField(question)] = "Second wording?" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(EditModel.RewordConflictMessage, page.Find($"#question-{question}").TextContent, StringComparison.Ordinal);
        Assert.Equal("Second wording?", page.Find($"#question-{question} textarea").TextContent);
        Assert.Equal(["First wording?"], Network.QuestionTexts((await network.FindQuestionSetAsync(setId))!));

        using var again = await client.SubmitAsync(page, "#set-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(["Second wording?"], Network.QuestionTexts((await network.FindQuestionSetAsync(setId))!));
    }

    [SkippableFact]
    public async Task Saving_the_set_from_an_older_page_shows_a_conflict_on_the_form_and_keeps_what_was_typed()
    {
        var (client, network, setId) = await SetUpAsync("A?");
        using var _ = client;
        var first = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");
        var second = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var saved = await client.SubmitAsync(first, "#set-form", new Dictionary<string, string?> { ["Input.Description"] = "First" });
        using var conflicted = await client.SubmitAsync(second, "#set-form", new Dictionary<string, string?> { ["Input.Description"] = "Second" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(EditModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Second", page.Find("#Input_Description").TextContent);
        Assert.Equal("First", (await network.FindQuestionSetAsync(setId))!.Description);
    }

    [SkippableFact]
    public async Task A_move_saves_the_typed_name_and_question_texts_in_the_new_order_and_returns_to_the_moved_question()
    {
        var (client, network, setId) = await SetUpAsync("First?", "Second?", "Third?");
        using var _ = client;
        var ids = await QuestionIdsAsync(network, setId);
        var name = Network.Unique("Renamed ");
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = name,
            [EditModel.TextField(ids[0])] = "First, edited?",
            [EditModel.TextField(ids[2])] = "Third, edited?",
        }, submitButtonSelector: $"#move-down-{ids[0]}");

        Assert.Equal($"/QuestionSets/{setId}/Edit#move-down-{ids[0]}", response.Headers.Location?.OriginalString);
        var set = await network.FindQuestionSetAsync(setId);
        Assert.Equal(name, set!.Name);
        Assert.Equal(["Second?", "First, edited?", "Third, edited?"], Network.QuestionTexts(set));
        var shown = await client.FollowAsync(response);
        Assert.Equal(["Second?", "First, edited?", "Third, edited?"], shown.Document.QuerySelectorAll("#set-form textarea.question-text").Select(t => t.TextContent));
        Assert.Equal(name, shown.Find("#Input_Name").GetAttribute("value"));
    }

    [SkippableFact]
    public async Task A_move_that_cannot_be_saved_shows_the_message_and_everything_typed_in_the_new_order()
    {
        var (client, network, setId) = await SetUpAsync("First?", "Second?");
        using var _ = client;
        var ids = await QuestionIdsAsync(network, setId);
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var response = await client.SubmitAsync(page, "#set-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "",
            ["Input.Description"] = "Typed description",
            [EditModel.TextField(ids[1])] = "Second, edited?",
        }, submitButtonSelector: $"#move-up-{ids[1]}");
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Give the set a name.", result.Text, StringComparison.Ordinal);
        Assert.Equal("Typed description", result.Find("#Input_Description").TextContent);
        Assert.Equal(["Second, edited?", "First?"], result.Document.QuerySelectorAll("#set-form textarea.question-text").Select(t => t.TextContent));
        Assert.Equal(["First?", "Second?"], Network.QuestionTexts((await network.FindQuestionSetAsync(setId))!));

        using var saved = await client.SubmitAsync(result, "#set-form", new Dictionary<string, string?> { ["Input.Name"] = "Named again" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var set = await network.FindQuestionSetAsync(setId);
        Assert.Equal(["Second, edited?", "First?"], Network.QuestionTexts(set!));
        Assert.Equal("Typed description", set!.Description);
    }

    [SkippableFact]
    public async Task The_move_buttons_are_named_by_their_visible_words_first()
    {
        var (client, network, setId) = await SetUpAsync("First?", "Second?");
        using var _ = client;
        var ids = await QuestionIdsAsync(network, setId);
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        var down = page.Find($"#move-down-{ids[0]}");
        Assert.Equal("Move down", down.TextContent);
        Assert.Equal("Move down: question 1", down.GetAttribute("aria-label"));
        Assert.Equal("Move up: question 2", page.Find($"#move-up-{ids[1]}").GetAttribute("aria-label"));
    }

    [SkippableFact]
    public async Task A_move_by_other_than_one_place_is_a_bad_request()
    {
        var (client, network, setId) = await SetUpAsync("A?", "B?");
        using var _ = client;
        var questionId = (await network.FindQuestionSetAsync(setId))!.Ordered.First().Id;

        using var response = await client.PostAsync($"/QuestionSets/{setId}/Edit?handler=Move", new Dictionary<string, string>
        {
            ["questionId"] = questionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["offset"] = "5",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Duplicating_makes_an_independent_copy_and_opens_it()
    {
        var (client, network, setId) = await SetUpAsync("A?", "B?");
        using var _ = client;
        var page = await client.GetPageAsync($"/QuestionSets/{setId}/Edit");

        using var response = await client.SubmitAsync(page, "#duplicate-form");

        var copyId = AppClient.IdFrom(response, "/QuestionSets/");
        Assert.NotEqual(setId, copyId);
        var original = await network.FindQuestionSetAsync(setId);
        var copy = await network.FindQuestionSetAsync(copyId);
        Assert.Equal($"{original!.Name} (copy)", copy!.Name);
        Assert.Equal(Network.QuestionTexts(original), Network.QuestionTexts(copy));
        Assert.Empty(copy.Questions.Select(q => q.Id).Intersect(original.Questions.Select(q => q.Id)));
    }

    [SkippableFact]
    public async Task Another_users_set_is_404_on_get_and_on_every_post()
    {
        var (owner, ownerNetwork, setId) = await SetUpAsync("Mine?");
        using var _ = owner;
        var questionId = (await ownerNetwork.FindQuestionSetAsync(setId))!.Questions.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        await other.GetPageAsync($"/QuestionSets/{setId}/Edit", HttpStatusCode.NotFound);
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("", new() { ["Input.Name"] = "Taken", ["Input.Purpose"] = "Job", ["Input.Version"] = Guid.NewGuid().ToString() }),
            ("Add", new() { ["newQuestion"] = "Sneaky?" }),
            ("Move", new()
            {
                ["questionId"] = questionId, ["offset"] = "1", ["Input.Questions.Index"] = questionId,
                [$"Input.Questions[{questionId}].Id"] = questionId, [$"Input.Questions[{questionId}].Text"] = "Sneaky?",
            }),
            ("Duplicate", new()),
        })
        {
            using var response = await other.PostAsync($"/QuestionSets/{setId}/Edit?handler={handler}", fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler}: {(int)response.StatusCode}");
        }

        var set = await ownerNetwork.FindQuestionSetAsync(setId);
        Assert.Equal(["Mine?"], Network.QuestionTexts(set!));
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
