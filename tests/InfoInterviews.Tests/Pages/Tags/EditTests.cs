using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Tags;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Post_renames_the_tag()
    {
        using var network = await Network.SignInAsync(factory);
        var tag = await network.AddTagAsync("ml");

        var form = await network.Client.GetPageAsync($"/Tags/{tag.Id}/Edit");
        using var response = await network.Client.SubmitAsync(form, "#tag-form", new Dictionary<string, string?> { ["Input.Name"] = " machine learning " });

        Assert.Equal("/Tags", response.Headers.Location?.OriginalString);
        Assert.Equal("machine learning", await network.WithDbAsync(db => db.Tags.Select(t => t.Name).SingleAsync()));
        Assert.Contains("The tag \"ml\" is now \"machine learning\".", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_name_already_taken_or_with_a_comma_is_refused()
    {
        using var network = await Network.SignInAsync(factory);
        var tag = await network.AddTagAsync("design");
        await network.AddTagAsync("UX");
        var form = await network.Client.GetPageAsync($"/Tags/{tag.Id}/Edit");

        using var taken = await network.Client.SubmitAsync(form, "#tag-form", new Dictionary<string, string?> { ["Input.Name"] = "ux" });
        using var comma = await network.Client.SubmitAsync(form, "#tag-form", new Dictionary<string, string?> { ["Input.Name"] = "ux, ui" });

        Assert.Contains("You already have a tag called \"ux\": merge the two instead.", (await AppClient.ReadPageAsync(taken)).Text, StringComparison.Ordinal);
        Assert.Contains("A tag name cannot contain a comma", (await AppClient.ReadPageAsync(comma)).Text, StringComparison.Ordinal);
        Assert.Equal("design", await network.WithDbAsync(db => db.Tags.Where(t => t.Id == tag.Id).Select(t => t.Name).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_rename_from_an_older_form_shows_a_conflict_on_the_form_and_keeps_the_first()
    {
        using var network = await Network.SignInAsync(factory);
        var tag = await network.AddTagAsync("ml");
        var first = await network.Client.GetPageAsync($"/Tags/{tag.Id}/Edit");
        var second = await network.Client.GetPageAsync($"/Tags/{tag.Id}/Edit");

        using var saved = await network.Client.SubmitAsync(first, "#tag-form", new Dictionary<string, string?> { ["Input.Name"] = "machine learning" });
        using var conflicted = await network.Client.SubmitAsync(second, "#tag-form", new Dictionary<string, string?> { ["Input.Name"] = "ai" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(InfoInterviews.Web.Pages.Tags.EditModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("ai", page.Find("#Input_Name").GetAttribute("value"));
        Assert.Equal("machine learning", await network.WithDbAsync(db => db.Tags.Select(t => t.Name).SingleAsync()));

        using var again = await network.Client.SubmitAsync(page, "#tag-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("ai", await network.WithDbAsync(db => db.Tags.Select(t => t.Name).SingleAsync()));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var tag = await owner.AddTagAsync("private");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Tags/{tag.Id}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Tags/{tag.Id}/Edit", new Dictionary<string, string> { ["Input.Name"] = "stolen" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("private", await owner.WithDbAsync(db => db.Tags.Select(t => t.Name).SingleAsync()));
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
