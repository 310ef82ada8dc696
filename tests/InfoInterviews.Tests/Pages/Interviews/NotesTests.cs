using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class NotesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Answers_what_was_asked_and_markdown_notes_are_saved_together_and_rendered_safely()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Notes"), Web.Domain.InterviewStatus.Scheduled);
        await Arrange.AddQuestionsAsync(factory, userId, id, "First?", "Second?");
        var page = await client.GetPageAsync($"/Interviews/{id}/Notes");
        Assert.NotNull(page.Document.QuerySelector("#Input_Notes[data-markdown]"));

        using var response = await client.SubmitAsync(page, "#notes-form", new Dictionary<string, string?>
        {
            ["Input.Answers[1].Answer"] = "  Mostly on Tuesdays.  ",
            ["Input.Answers[1].WasAsked"] = "true",
            ["Input.Notes"] = "**Bold** [evil](javascript:alert(1)) <img src=x onerror=alert(1)>",
        });

        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var details = await client.FollowAsync(response);
        Assert.Contains("Answers and notes saved.", details.Text, StringComparison.Ordinal);
        var notes = details.Find("#notes");
        Assert.Equal("Bold", notes.QuerySelector("strong")?.TextContent);
        Assert.Null(notes.QuerySelector("img"));
        Assert.Null(notes.QuerySelector("[onerror]"));
        Assert.DoesNotContain(notes.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);
        var interview = await Arrange.LoadInterviewAsync(factory, userId, id);
        var ordered = interview.Questions.OrderBy(q => q.Position).ToList();
        Assert.Null(ordered[0].Answer);
        Assert.False(ordered[0].WasAsked);
        Assert.Equal("Mostly on Tuesdays.", ordered[1].Answer);
        Assert.True(ordered[1].WasAsked);
        Assert.StartsWith("**Bold**", interview.Notes, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Notes_over_the_limit_are_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Long"));
        var page = await client.GetPageAsync($"/Interviews/{id}/Notes");

        using var response = await client.SubmitAsync(page, "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = new string('n', 50_001) });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Notes are limited to 50000 characters.", result.Text, StringComparison.Ordinal);
        Assert.Null((await Arrange.LoadInterviewAsync(factory, userId, id)).Notes);
    }

    [SkippableFact]
    public async Task A_save_from_a_stale_form_is_refused_as_a_conflict()
    {
        using var client = factory.CreateAppClient();
        var userId = await client.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, userId, Arrange.Unique("Tabs"));
        var stale = await client.GetPageAsync($"/Interviews/{id}/Notes");
        using (var first = await client.SubmitAsync(stale, "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "First tab" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await client.SubmitAsync(stale, "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "Second tab" });
        var page = await client.FollowAsync(second);

        Assert.Contains("someone changed this record", page.Text, StringComparison.Ordinal);
        Assert.Equal("First tab", (await Arrange.LoadInterviewAsync(factory, userId, id)).Notes);
    }

    [SkippableFact]
    public async Task Another_users_interview_or_question_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerId = await owner.SignUpAsync(factory);
        var (id, _) = await Arrange.InterviewAsync(factory, ownerId, Arrange.Unique("Private"));
        await Arrange.AddQuestionsAsync(factory, ownerId, id, "Theirs?");
        var theirQuestion = (await Arrange.LoadInterviewAsync(factory, ownerId, id)).Questions.Single().Id.ToString(CultureInfo.InvariantCulture);
        using var other = factory.CreateAppClient();
        var otherId = await other.SignUpAsync(factory);
        var (mine, _) = await Arrange.InterviewAsync(factory, otherId, Arrange.Unique("Mine"));
        var myVersion = (await Arrange.LoadInterviewAsync(factory, otherId, mine)).Version.ToString();

        await other.GetPageAsync($"/Interviews/{id}/Notes", HttpStatusCode.NotFound);
        using var post = await other.PostAsync($"/Interviews/{id}/Notes", new Dictionary<string, string> { ["Input.Notes"] = "Mine now" });
        using var foreignAnswer = await other.PostAsync($"/Interviews/{mine}/Notes", new Dictionary<string, string>
        {
            ["Input.Version"] = myVersion,
            ["Input.Answers[0].QuestionId"] = theirQuestion,
            ["Input.Answers[0].Answer"] = "Overwritten",
        });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignAnswer.StatusCode);
        var theirs = await Arrange.LoadInterviewAsync(factory, ownerId, id);
        Assert.Null(theirs.Notes);
        Assert.Null(theirs.Questions.Single().Answer);
    }
}

public sealed class NotesTestsOnSqlite(SqliteAppFactory factory) : NotesTests<SqliteAppFactory>(factory);

public sealed class NotesTestsOnPostgres(PostgresAppFactory factory) : NotesTests<PostgresAppFactory>(factory);
