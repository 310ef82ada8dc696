using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Planning_from_a_contact_keeps_the_due_date_as_the_start_of_that_day_in_the_users_zone()
    {
        using var network = await Network.SignInAsync(factory, timeZone: Days.Auckland);
        var contact = await network.AddContactAsync("Ada", "Lovelace");
        var due = Days.Today(Days.Auckland, network.Now).AddDays(3);

        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        var create = await network.Client.GetPageAsync(form.Find("#plan-follow-up").GetAttribute("href")!);
        using var response = await network.Client.SubmitAsync(create, "#follow-up-form", new Dictionary<string, string?>
        {
            ["Input.Kind"] = nameof(FollowUpKind.Resource),
            ["Input.Title"] = "  Send   the paper on engines ",
            ["Input.Notes"] = "The one from the talk",
            ["Input.DueDate"] = Days.Iso(due),
        });

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.ContactId == contact.Id));
        Assert.Equal(("Send the paper on engines", "The one from the talk", FollowUpKind.Resource), (saved.Title, saved.Notes, saved.Kind));
        Assert.Equal(Days.StartUtc(Days.Auckland, due), saved.DueUtc);
        Assert.Null(saved.InterviewRequestId);
        var page = await network.Client.FollowAsync(response);
        Assert.Contains("Send the paper on engines", page.Find("#follow-ups").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Planning_after_a_completed_interview_suggests_a_thank_you_and_ties_it_to_the_interview()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync("Hedy Lamarr", InterviewStatus.Completed);

        var details = await network.Client.GetPageAsync($"/Interviews/{interview.Id}");
        var create = await network.Client.GetPageAsync(details.Find("#plan-follow-up").GetAttribute("href")!);
        Assert.Equal("Thank Hedy Lamarr for the conversation", create.Find("#Input_Title").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(create, "#follow-up-form");

        Assert.Equal($"/Interviews/{interview.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.InterviewRequestId == interview.Id && f.Title == "Thank Hedy Lamarr for the conversation"));
        Assert.Equal((FollowUpKind.ThankYou, interview.ContactId!.Value), (saved.Kind, saved.ContactId));
        Assert.Contains("Thank Hedy Lamarr for the conversation", (await network.Client.FollowAsync(response)).Find("#follow-ups").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Bad_input_is_a_message_on_the_form_and_saves_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var form = await network.Client.GetPageAsync($"/FollowUps/Create?contactId={contact.Id}");

        using var blank = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?> { ["Input.Title"] = "   " });
        using var tooLong = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?> { ["Input.Title"] = new string('x', FollowUp.TitleMaxLength + 1) });
        using var farAway = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?> { ["Input.Title"] = "Someday", ["Input.DueDate"] = "9999-12-31" });
        using var notADate = await network.Client.SubmitAsync(form, "#follow-up-form", new Dictionary<string, string?> { ["Input.Title"] = "Someday", ["Input.DueDate"] = "soon" });

        Assert.Contains("Enter what to do", (await AppClient.ReadPageAsync(blank)).Text, StringComparison.Ordinal);
        Assert.Contains($"A title has at most {FollowUp.TitleMaxLength} characters.", (await AppClient.ReadPageAsync(tooLong)).Text, StringComparison.Ordinal);
        Assert.Contains("Choose a date at most 10 years from today.", (await AppClient.ReadPageAsync(farAway)).Text, StringComparison.Ordinal);
        Assert.Contains("is not valid", (await AppClient.ReadPageAsync(notADate)).Text, StringComparison.Ordinal);
        Assert.False(await network.WithDbAsync(db => db.FollowUps.AnyAsync(f => f.ContactId == contact.Id)));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_contact_or_interview_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var interview = await owner.AddInterviewAsync("Joan Clarke");
        using var intruder = await Network.SignInAsync(factory);
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Planted", ["Input.DueDate"] = "2030-01-01" };

        await intruder.Client.GetPageAsync($"/FollowUps/Create?contactId={interview.ContactId}", HttpStatusCode.NotFound);
        await intruder.Client.GetPageAsync($"/FollowUps/Create?interviewId={interview.Id}", HttpStatusCode.NotFound);
        using var byContact = await intruder.Client.PostAsync($"/FollowUps/Create?contactId={interview.ContactId}", fields);
        using var byInterview = await intruder.Client.PostAsync($"/FollowUps/Create?interviewId={interview.Id}", fields);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (byContact.StatusCode, byInterview.StatusCode));
        Assert.False(await owner.WithDbAsync(db => db.FollowUps.AnyAsync(f => f.ContactId == interview.ContactId)));
    }

    [SkippableFact]
    public async Task An_interview_with_someone_else_than_the_contact_named_is_a_bad_request()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync();
        var someoneElse = await network.AddContactAsync();

        await network.Client.GetPageAsync($"/FollowUps/Create?contactId={someoneElse.Id}&interviewId={interview.Id}", HttpStatusCode.BadRequest);
        var neither = await network.Client.GetPageAsync("/FollowUps/Create");

        Assert.Contains("choose “Plan a follow-up” there", neither.Find("#choose-subject").TextContent, StringComparison.Ordinal);
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
