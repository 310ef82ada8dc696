using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Templates;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_template_is_created_and_opens_on_its_details()
    {
        using var network = await Network.SignInAsync(factory);
        var name = Network.Unique("Alumni ask ");
        var form = await network.Client.GetPageAsync("/Templates/Create");

        using var response = await network.Client.SubmitAsync(form, "#template-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "  " + name + "  ",
            ["Input.Step"] = nameof(OutreachStep.SecondContact),
            ["Input.Subject"] = " Following up ",
            ["Input.Body"] = "Hi {FirstName},\r\n\r\n{Connection}. Could we talk?\r\n",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await network.WithDbAsync(db => db.OutreachTemplates.AsNoTracking().SingleAsync(t => t.Name == name));
        Assert.Equal($"/Templates/{saved.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((OutreachStep.SecondContact, "Following up", "Hi {FirstName},\n\n{Connection}. Could we talk?"), (saved.Step, saved.Subject, saved.Body));
        var details = await network.Client.FollowAsync(response);
        Assert.Contains($"“{name}” was created.", details.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_form_opens_on_the_step_it_was_asked_for()
    {
        using var network = await Network.SignInAsync(factory);

        var form = await network.Client.GetPageAsync("/Templates/Create?step=ThankYou");

        Assert.Equal("Thank-you", form.Find("#Input_Step option[selected]").TextContent);
    }

    [SkippableFact]
    public async Task A_template_without_a_name_step_or_body_is_refused_with_messages_and_nothing_saved()
    {
        using var network = await Network.SignInAsync(factory);
        var before = await network.WithDbAsync(db => db.OutreachTemplates.CountAsync());
        var form = await network.Client.GetPageAsync("/Templates/Create");

        using var response = await network.Client.SubmitAsync(form, "#template-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = " ",
            ["Input.Step"] = "",
            ["Input.Body"] = "",
        });
        var page = await AppClient.ReadPageAsync(response);

        Assert.Contains("Give the template a name.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Choose the step the template is for.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Write the message.", page.Text, StringComparison.Ordinal);
        Assert.Equal(before, await network.WithDbAsync(db => db.OutreachTemplates.CountAsync()));
    }

    [SkippableFact]
    public async Task A_body_longer_than_allowed_is_refused_with_its_limit()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Templates/Create");

        using var response = await network.Client.SubmitAsync(form, "#template-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = Network.Unique("Long "),
            ["Input.Step"] = nameof(OutreachStep.Update),
            ["Input.Body"] = new string('x', OutreachTemplate.BodyMaxLength + 1),
        });
        var page = await AppClient.ReadPageAsync(response);

        Assert.Contains($"A message has at most {OutreachTemplate.BodyMaxLength} characters.", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_template_with_an_unknown_field_is_kept_and_its_details_show_the_error()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Templates/Create");

        using var response = await network.Client.SubmitAsync(form, "#template-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = Network.Unique("Typo "),
            ["Input.Step"] = nameof(OutreachStep.FirstRequest),
            ["Input.Body"] = "Hi {FirstNmae}, could we talk?",
        });
        var details = await network.Client.FollowAsync(response);

        Assert.Contains("{FirstNmae} is not a merge field.", details.Find("#merge-errors").TextContent, StringComparison.Ordinal);
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
