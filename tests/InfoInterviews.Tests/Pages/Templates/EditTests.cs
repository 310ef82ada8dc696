using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.Templates;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Templates;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Post_saves_the_changes()
    {
        using var network = await Network.SignInAsync(factory);
        var template = await network.AddTemplateAsync(subject: "Old subject");

        var form = await network.Client.GetPageAsync($"/Templates/{template.Id}/Edit");
        Assert.Equal("Old subject", form.Find("#Input_Subject").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#template-form", new Dictionary<string, string?>
        {
            ["Input.Step"] = nameof(OutreachStep.ThankYou),
            ["Input.Subject"] = "",
            ["Input.Body"] = "Thank you, {FirstName}!",
        });

        Assert.Equal($"/Templates/{template.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.OutreachTemplates.AsNoTracking().SingleAsync(t => t.Id == template.Id));
        Assert.Equal((template.Name, OutreachStep.ThankYou, (string?)null, "Thank you, {FirstName}!"), (saved.Name, saved.Step, saved.Subject, saved.Body));
    }

    [SkippableFact]
    public async Task A_second_edit_from_an_older_form_shows_a_conflict_keeps_what_was_typed_and_keeps_the_first()
    {
        using var network = await Network.SignInAsync(factory);
        var template = await network.AddTemplateAsync();
        var first = await network.Client.GetPageAsync($"/Templates/{template.Id}/Edit");
        var second = await network.Client.GetPageAsync($"/Templates/{template.Id}/Edit");

        using var saved = await network.Client.SubmitAsync(first, "#template-form", new Dictionary<string, string?> { ["Input.Body"] = "First wins?" });
        using var conflicted = await network.Client.SubmitAsync(second, "#template-form", new Dictionary<string, string?> { ["Input.Body"] = "Second typed this?" });
        var page = await AppClient.ReadPageAsync(conflicted);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(EditModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Second typed this?", page.Find("#Input_Body").TextContent);
        Assert.Equal("First wins?", (await network.WithDbAsync(db => db.OutreachTemplates.AsNoTracking().SingleAsync(t => t.Id == template.Id))).Body);
    }

    [SkippableFact]
    public async Task A_subject_longer_than_allowed_is_refused_and_nothing_changes()
    {
        using var network = await Network.SignInAsync(factory);
        var template = await network.AddTemplateAsync(subject: "Kept");
        var form = await network.Client.GetPageAsync($"/Templates/{template.Id}/Edit");

        using var response = await network.Client.SubmitAsync(form, "#template-form", new Dictionary<string, string?>
        {
            ["Input.Subject"] = new string('s', OutreachTemplate.SubjectMaxLength + 1),
        });
        var page = await AppClient.ReadPageAsync(response);

        Assert.Contains($"A subject has at most {OutreachTemplate.SubjectMaxLength} characters.", page.Text, StringComparison.Ordinal);
        Assert.Equal("Kept", (await network.WithDbAsync(db => db.OutreachTemplates.AsNoTracking().SingleAsync(t => t.Id == template.Id))).Subject);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var template = await owner.AddTemplateAsync(subject: "Mine");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Templates/{template.Id}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Templates/{template.Id}/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Stolen",
            ["Input.Step"] = nameof(OutreachStep.Update),
            ["Input.Body"] = "Stolen",
        });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Mine", (await owner.WithDbAsync(db => db.OutreachTemplates.AsNoTracking().SingleAsync(t => t.Id == template.Id))).Subject);
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
