using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Tags;

public abstract class MergeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Merging_moves_the_contacts_to_the_other_tag_once_and_deletes_the_first()
    {
        using var network = await Network.SignInAsync(factory);
        var both = await network.AddContactAsync("Bo", "Both");
        var onlyOld = await network.AddContactAsync("Ollie", "Old");
        var source = await network.AddTagAsync("js", both.Id, onlyOld.Id);
        var target = await network.AddTagAsync("javascript", both.Id);

        var form = await network.Client.GetPageAsync($"/Tags/{source.Id}/Merge");
        Assert.Contains("The 2 contacts tagged \"js\"", form.Text, StringComparison.Ordinal);
        using var response = await network.Client.SubmitAsync(form, "#merge-form", new Dictionary<string, string?> { ["Input.TargetId"] = target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal("/Tags", response.Headers.Location?.OriginalString);
        var (tags, links) = await network.WithDbAsync(async db => (
            await db.Tags.Select(t => t.Name).ToListAsync(),
            await db.ContactTags.Select(ct => new { ct.ContactId, ct.TagId }).ToListAsync()));
        Assert.Equal(["javascript"], tags);
        Assert.Equal([both.Id, onlyOld.Id], links.Where(l => l.TagId == target.Id).Select(l => l.ContactId).Order());
        Assert.Equal(2, links.Count);
    }

    [SkippableFact]
    public async Task Post_without_a_tag_to_merge_into_or_with_another_users_tag_is_refused()
    {
        using var network = await Network.SignInAsync(factory);
        var source = await network.AddTagAsync("dup");
        await network.AddTagAsync("keep");
        using var other = await Network.SignInAsync(factory);
        var foreign = await other.AddTagAsync("theirs");

        var form = await network.Client.GetPageAsync($"/Tags/{source.Id}/Merge");
        using var none = await network.Client.SubmitAsync(form, "#merge-form", new Dictionary<string, string?> { ["Input.TargetId"] = "" });
        using var theirs = await network.Client.SubmitAsync(form, "#merge-form", new Dictionary<string, string?> { ["Input.TargetId"] = foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("Choose the tag to merge into.", (await AppClient.ReadPageAsync(none)).Text, StringComparison.Ordinal);
        Assert.Contains("Choose one of your other tags to merge into.", (await AppClient.ReadPageAsync(theirs)).Text, StringComparison.Ordinal);
        Assert.Equal(2, await network.WithDbAsync(db => db.Tags.CountAsync()));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var source = await owner.AddTagAsync("mine");
        var target = await owner.AddTagAsync("also mine");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Tags/{source.Id}/Merge", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Tags/{source.Id}/Merge", new Dictionary<string, string> { ["Input.TargetId"] = target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(2, await owner.WithDbAsync(db => db.Tags.CountAsync()));
    }
}

public sealed class MergeTestsOnSqlite(SqliteAppFactory factory) : MergeTests<SqliteAppFactory>(factory);

public sealed class MergeTestsOnPostgres(PostgresAppFactory factory) : MergeTests<PostgresAppFactory>(factory);
