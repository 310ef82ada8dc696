using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Companies;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Post_adds_the_company_with_its_scores_and_redirects_to_it()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Companies/Create");

        using var response = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Northwind Analytics",
            ["Input.Website"] = "https://northwind.example",
            ["Input.Industry"] = "Data",
            ["Input.Location"] = "Leeds",
            ["Input.Motivation"] = "3",
            ["Input.Posting"] = "2",
            ["Input.Notes"] = "Strong *culture*",
        });

        var saved = await network.WithDbAsync(db => db.Companies.SingleAsync());
        Assert.Equal($"/Companies/{saved.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Northwind Analytics", "https://northwind.example", "Data", "Leeds", 3, 2, "Strong *culture*"),
            (saved.Name, saved.Website, saved.Industry, saved.Location, saved.Motivation, saved.Posting, saved.Notes));
        var details = await network.Client.FollowAsync(response);
        Assert.Contains("3 of 3", details.Find("#scores").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_name_the_user_already_has_or_bad_values_are_refused_with_messages()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddCompanyAsync("Contoso Robotics");
        var form = await network.Client.GetPageAsync("/Companies/Create");

        using var duplicate = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?> { ["Input.Name"] = "contoso ROBOTICS" });
        using var bad = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "",
            ["Input.Website"] = "contoso dot com",
            ["Input.Motivation"] = "7",
        });

        Assert.Contains("You already have a company called \"Contoso Robotics\".", (await AppClient.ReadPageAsync(duplicate)).Text, StringComparison.Ordinal);
        var badPage = await AppClient.ReadPageAsync(bad);
        Assert.Contains("Enter the company's name.", badPage.Text, StringComparison.Ordinal);
        Assert.Contains("Enter the full web address, starting with https://.", badPage.Text, StringComparison.Ordinal);
        Assert.Contains("Motivation is scored from 0 to 3.", badPage.Text, StringComparison.Ordinal);
        Assert.Equal(1, await network.WithDbAsync(db => db.Companies.CountAsync()));
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
