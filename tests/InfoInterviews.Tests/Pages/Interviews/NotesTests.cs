using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.Interviews;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class NotesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Answers_what_was_asked_and_markdown_notes_are_saved_together_and_rendered_safely()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Notes"), Web.Domain.InterviewStatus.Scheduled)).Id;
        await network.AddQuestionsAsync(id, "First?", "Second?");
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
        var interview = await network.LoadInterviewAsync(id);
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
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Long"))).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Notes");

        using var response = await client.SubmitAsync(page, "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = new string('n', InterviewRequest.NotesMaxLength + 1) });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains($"Notes have at most {InterviewRequest.NotesMaxLength} characters.", result.Text, StringComparison.Ordinal);
        Assert.Null((await network.LoadInterviewAsync(id)).Notes);
    }

    [SkippableFact]
    public async Task A_stale_form_shows_the_conflict_and_keeps_the_typed_notes_and_answers()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Tabs"))).Id;
        await network.AddQuestionsAsync(id, "How did you start?");
        var stale = await client.GetPageAsync($"/Interviews/{id}/Notes");
        using (var first = await client.SubmitAsync(stale, "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "First tab" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await client.SubmitAsync(stale, "#notes-form", new Dictionary<string, string?>
        {
            ["Input.Notes"] = "Second tab, typed at length",
            ["Input.Answers[0].Answer"] = "By accident",
        });
        var page = await AppClient.ReadPageAsync(second);

        Assert.Contains(NotesModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Second tab, typed at length", page.Find("#Input_Notes").TextContent.Trim());
        Assert.Equal("By accident", page.Find("#Input_Answers_0__Answer").TextContent.Trim());
        Assert.Equal("First tab", (await network.LoadInterviewAsync(id)).Notes);

        // The form now carries the version it met, so saving again knowingly replaces the other change.
        using var again = await client.SubmitAsync(page, "#notes-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Second tab, typed at length", (await network.LoadInterviewAsync(id)).Notes);
    }

    [SkippableFact]
    public async Task Saving_notes_stores_their_html_and_each_edit_replaces_it()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Stored"))).Id;

        using (var first = await client.SubmitAsync(await client.GetPageAsync($"/Interviews/{id}/Notes"), "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "**Bold**" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        Assert.Contains("<strong>Bold</strong>", (await network.LoadInterviewAsync(id)).NotesHtml, StringComparison.Ordinal);
        using (var edit = await client.SubmitAsync(await client.GetPageAsync($"/Interviews/{id}/Notes"), "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "# Plan\n_soon_" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        }

        var edited = (await network.LoadInterviewAsync(id)).NotesHtml;
        Assert.Contains("<h3>Plan</h3>", edited, StringComparison.Ordinal);
        Assert.Contains("<em>soon</em>", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", edited, StringComparison.Ordinal);
        using (var cleared = await client.SubmitAsync(await client.GetPageAsync($"/Interviews/{id}/Notes"), "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "  " }))
        {
            Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        }

        var none = await network.LoadInterviewAsync(id);
        Assert.Null(none.Notes);
        Assert.Null(none.NotesHtml);
    }

    [SkippableFact]
    public async Task The_details_page_shows_the_stored_html_and_does_not_render_the_notes_again()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("View"))).Id;
        using (var saved = await client.SubmitAsync(await client.GetPageAsync($"/Interviews/{id}/Notes"), "#notes-form", new Dictionary<string, string?> { ["Input.Notes"] = "**Typed**" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // HTML that rendering the Markdown would never give: the page can only show it by reading the column.
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            await db.InterviewRequests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.NotesHtml, "<p id=\"stored\">As stored</p>"));
        }

        var notes = (await client.GetPageAsync($"/Interviews/{id}")).Find("#notes");

        Assert.Equal("As stored", notes.QuerySelector("#stored")?.TextContent);
        Assert.Null(notes.QuerySelector("strong"));
    }

    [SkippableFact]
    public async Task Another_users_interview_or_question_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Private"))).Id;
        await ownerNetwork.AddQuestionsAsync(id, "Theirs?");
        var theirQuestion = (await ownerNetwork.LoadInterviewAsync(id)).Questions.Single().Id.ToString(CultureInfo.InvariantCulture);
        using var other = factory.CreateAppClient();
        var otherNetwork = Network.Of(factory, await factory.SignInNewUserAsync(other));
        var mine = (await otherNetwork.AddInterviewAsync(Network.Unique("Mine"))).Id;
        var myVersion = (await otherNetwork.LoadInterviewAsync(mine)).Version.ToString();

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
        var theirs = await ownerNetwork.LoadInterviewAsync(id);
        Assert.Null(theirs.Notes);
        Assert.Null(theirs.Questions.Single().Answer);
    }
}

public sealed class NotesTestsOnSqlite(SqliteAppFactory factory) : NotesTests<SqliteAppFactory>(factory);

public sealed class NotesTestsOnPostgres(PostgresAppFactory factory) : NotesTests<PostgresAppFactory>(factory);
