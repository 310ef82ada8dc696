using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Templates;

public abstract class DeleteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Deleting_asks_first_then_removes_the_template_and_says_so_on_the_list()
    {
        using var network = await Network.SignInAsync(factory);
        var template = await network.AddTemplateAsync();

        var confirm = await network.Client.GetPageAsync($"/Templates/{template.Id}/Delete");
        Assert.Contains(template.Name, confirm.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.True(await network.WithDbAsync(db => db.OutreachTemplates.AnyAsync(t => t.Id == template.Id)));
        using var response = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal("/Templates", response.Headers.Location?.OriginalString);
        Assert.False(await network.WithDbAsync(db => db.OutreachTemplates.AnyAsync(t => t.Id == template.Id)));
        Assert.Contains($"“{template.Name}” was deleted.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var template = await owner.AddTemplateAsync();
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Templates/{template.Id}/Delete", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Templates/{template.Id}/Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await owner.WithDbAsync(db => db.OutreachTemplates.AnyAsync(t => t.Id == template.Id)));
    }
}

public sealed class DeleteTestsOnSqlite(SqliteAppFactory factory) : DeleteTests<SqliteAppFactory>(factory);

public sealed class DeleteTestsOnPostgres(PostgresAppFactory factory) : DeleteTests<PostgresAppFactory>(factory);
