using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Pages.Companies;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Companies;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Post_saves_the_changes()
    {
        using var network = await Network.SignInAsync(factory);
        var company = await network.AddCompanyAsync("Fabrikam Foods", motivation: 1);

        var form = await network.Client.GetPageAsync($"/Companies/{company.Id}/Edit");
        Assert.Equal("Fabrikam Foods", form.Find("#Input_Name").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Fabrikam Fresh Foods",
            ["Input.Posting"] = "3",
        });

        Assert.Equal($"/Companies/{company.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Companies.SingleAsync(c => c.Id == company.Id));
        Assert.Equal(("Fabrikam Fresh Foods", 1, 3), (saved.Name, saved.Motivation, saved.Posting));
    }

    [SkippableFact]
    public async Task A_second_edit_from_an_older_form_shows_a_conflict_and_keeps_the_first()
    {
        using var network = await Network.SignInAsync(factory);
        var company = await network.AddCompanyAsync("Tailspin Toys");
        var first = await network.Client.GetPageAsync($"/Companies/{company.Id}/Edit");
        var second = await network.Client.GetPageAsync($"/Companies/{company.Id}/Edit");

        using var saved = await network.Client.SubmitAsync(first, "#company-form", new Dictionary<string, string?> { ["Input.Industry"] = "Toys" });
        using var conflicted = await network.Client.SubmitAsync(second, "#company-form", new Dictionary<string, string?> { ["Input.Industry"] = "Games" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(EditModel.ConflictMessage, (await AppClient.ReadPageAsync(conflicted)).Text, StringComparison.Ordinal);
        Assert.Equal("Toys", (await network.WithDbAsync(db => db.Companies.SingleAsync(c => c.Id == company.Id))).Industry);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var company = await owner.AddCompanyAsync("Woodgrove Bank");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Companies/{company.Id}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Companies/{company.Id}/Edit", new Dictionary<string, string> { ["Input.Name"] = "Stolen" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Woodgrove Bank", (await owner.WithDbAsync(db => db.Companies.SingleAsync(c => c.Id == company.Id))).Name);
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
