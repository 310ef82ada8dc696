using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Templates;

public abstract class DetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task The_example_fills_the_fields_for_a_sample_contact_and_signs_with_the_users_name()
    {
        using var network = await Network.SignInAsync(factory);
        var template = await network.AddTemplateAsync(subject: "Hello from {MyName}", body: "Hi {FirstName} {LastName},\n\n{Connection}. How is {Company}?\n\n{MyName}");

        var page = await network.Client.GetPageAsync($"/Templates/{template.Id}");

        var body = page.Find("#message-body").TextContent;
        Assert.StartsWith("Hi Alex Morgan,", body, StringComparison.Ordinal);
        Assert.Contains("We met at the Contoso careers evening in May. How is Contoso?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{", body, StringComparison.Ordinal);
        var subject = page.Find("#message-subject").GetAttribute("value");
        Assert.StartsWith("Hello from ", subject, StringComparison.Ordinal);
        Assert.EndsWith(subject!["Hello from ".Length..], body.TrimEnd(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#hints"));
    }

    [SkippableFact]
    public async Task A_template_with_an_unknown_field_shows_an_error_naming_it_and_no_filled_message()
    {
        using var network = await Network.SignInAsync(factory);
        var template = await network.AddTemplateAsync(body: "Hi {FirstName}, {Connection}. Could I ask about {Team}?");

        var page = await network.Client.GetPageAsync($"/Templates/{template.Id}");

        Assert.Contains("{Team} is not a merge field.", page.Find("#merge-errors").TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#message-body"));
    }

    [SkippableFact]
    public async Task A_140_word_body_that_mentions_a_job_shows_both_hints()
    {
        using var network = await Network.SignInAsync(factory);
        var body = "Hi {FirstName},\n\n{Connection}. Do you know of a job for me? " + string.Join(' ', Enumerable.Repeat("really", 140 - 19));
        var template = await network.AddTemplateAsync(body: body);

        var page = await network.Client.GetPageAsync($"/Templates/{template.Id}");

        var hints = page.Find("#hints");
        Assert.NotNull(hints.QuerySelector("[data-hint='TooLong']"));
        Assert.Contains("140 words", hints.TextContent, StringComparison.Ordinal);
        Assert.NotNull(hints.QuerySelector("[data-hint='AsksForJob']"));
    }

    [SkippableFact]
    public async Task Get_with_another_users_id_returns_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var template = await owner.AddTemplateAsync();
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Templates/{template.Id}", HttpStatusCode.NotFound);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteAppFactory factory) : DetailsTests<SqliteAppFactory>(factory);

public sealed class DetailsTestsOnPostgres(PostgresAppFactory factory) : DetailsTests<PostgresAppFactory>(factory);
