using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class WriteTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static string Chosen(HtmlPage page) =>
        page.Document.QuerySelector("#templateId option[selected]")?.TextContent ?? throw new InvalidOperationException("No template chosen.");

    [SkippableFact]
    public async Task The_chosen_template_is_filled_for_the_contact_with_a_mail_link_and_a_sent_form()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Ana", "Silva", company: Network.Unique("Fabrikam "), configure: c =>
        {
            c.Email = "ana.silva@example.org";
            c.Role = "Data lead";
            c.Connection = "We sang in the same choir";
        });
        var template = await network.AddTemplateAsync(subject: "Hello {FirstName} & co", body: "Hi {FirstName},\n\n{Connection}. How is {Role} work?");

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Write?templateId={template.Id}");

        Assert.Equal("Hi Ana,\n\nWe sang in the same choir. How is Data lead work?", page.Find("#message-body").TextContent);
        Assert.Equal("Hello Ana & co", page.Find("#message-subject").GetAttribute("value"));
        Assert.Equal(
            "mailto:ana.silva@example.org?subject=Hello%20Ana%20%26%20co&body=Hi%20Ana%2C%0D%0A%0D%0AWe%20sang%20in%20the%20same%20choir.%20How%20is%20Data%20lead%20work%3F",
            page.Find("#mailto").GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("#copy"));
        Assert.StartsWith(template.Name, Chosen(page), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#sent-form"));
    }

    [SkippableFact]
    public async Task Without_a_connection_the_introducer_is_named_and_the_template_for_the_step_is_chosen()
    {
        using var network = await Network.SignInAsync(factory);
        var introducer = await network.AddContactAsync("Sam", "Lee");
        var contact = await network.AddContactAsync(configure: c => c.IntroducedById = introducer.Id);

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Write");

        Assert.StartsWith("First request", Chosen(page), StringComparison.Ordinal);
        Assert.Contains("Sam Lee suggested I get in touch with you.", page.Find("#message-body").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_interview_or_a_follow_up_picks_the_template_for_its_step()
    {
        using var network = await Network.SignInAsync(factory);
        var planned = await network.AddInterviewAsync();
        var completed = await network.AddInterviewAsync(status: InterviewStatus.Completed);
        var followUp = await network.AddFollowUpAsync(contactId: completed.ContactId, title: "Tell them how it went", dueUtc: network.Now, kind: FollowUpKind.Update);

        Assert.StartsWith("First request", Chosen(await network.Client.GetPageAsync($"/Contacts/{planned.ContactId}/Write?interviewId={planned.Id}")), StringComparison.Ordinal);
        Assert.StartsWith("Thank-you", Chosen(await network.Client.GetPageAsync($"/Contacts/{completed.ContactId}/Write?interviewId={completed.Id}")), StringComparison.Ordinal);
        Assert.StartsWith("Update on their advice", Chosen(await network.Client.GetPageAsync($"/Contacts/{completed.ContactId}/Write?followUpId={followUp.Id}")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_template_with_an_unknown_field_shows_the_error_and_offers_no_way_to_send()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync(configure: c => c.Email = "someone@example.org");
        var template = await network.AddTemplateAsync(body: "Hi {FirstName}, {Connection}. Are you {Title}?");

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Write?templateId={template.Id}");

        Assert.Contains("{Title} is not a merge field.", page.Find("#merge-errors").TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#mailto"));
        Assert.Null(page.Document.QuerySelector("#sent-form"));
        Assert.DoesNotContain("{Title}", page.Document.QuerySelector("#message-body")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task I_sent_it_for_a_planned_interview_marks_it_requested_and_logs_one_email_touch()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync();
        var contactId = interview.ContactId!.Value;
        var page = await network.Client.GetPageAsync($"/Contacts/{contactId}/Write?interviewId={interview.Id}");
        Assert.Contains("mark the interview requested", page.Find("#sent-form").TextContent, StringComparison.Ordinal);

        using var response = await network.Client.SubmitAsync(page, "#sent-form");

        Assert.Equal($"/Interviews/{interview.Id}", response.Headers.Location?.OriginalString);
        Assert.Contains("Marked requested, and your email is logged", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        var saved = await network.LoadInterviewAsync(interview.Id);
        Assert.Equal(InterviewStatus.Requested, saved.Status);
        var touch = Assert.Single(await network.WithDbAsync(db => db.Interactions.AsNoTracking().Where(i => i.ContactId == contactId).ToListAsync()));
        Assert.Equal((InteractionKind.Email, InteractionDirection.Outgoing, (int?)interview.Id), (touch.Kind, touch.Direction, touch.InterviewRequestId));
    }

    [SkippableFact]
    public async Task I_sent_it_for_a_contact_logs_an_email_touch_naming_the_template()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var template = await network.AddTemplateAsync();
        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Write?templateId={template.Id}");

        using var response = await network.Client.SubmitAsync(page, "#sent-form");

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var touch = Assert.Single(await network.WithDbAsync(db => db.Interactions.AsNoTracking().Where(i => i.ContactId == contact.Id).ToListAsync()));
        Assert.Equal((InteractionKind.Email, InteractionDirection.Outgoing, $"Sent “{template.Name}”."), (touch.Kind, touch.Direction, touch.Summary));
        Assert.Equal(touch.OccurredUtc, (await network.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id))).LastTouchUtc);
    }

    [SkippableFact]
    public async Task I_sent_it_after_the_interview_moved_elsewhere_logs_nothing_and_says_so()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync();
        var contactId = interview.ContactId!.Value;
        var page = await network.Client.GetPageAsync($"/Contacts/{contactId}/Write?interviewId={interview.Id}");
        await network.WithDbAsync(async db =>
        {
            var stored = await db.InterviewRequests.SingleAsync(r => r.Id == interview.Id);
            stored.Goal = "Changed in another tab";
            return stored;
        });

        using var response = await network.Client.SubmitAsync(page, "#sent-form");

        Assert.Contains("nothing was logged", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStatus.Planned, (await network.LoadInterviewAsync(interview.Id)).Status);
        Assert.False(await network.WithDbAsync(db => db.Interactions.AnyAsync(i => i.ContactId == contactId)));
    }

    [SkippableFact]
    public async Task The_contact_and_the_interview_link_to_the_compose_page()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync();

        var contact = await network.Client.GetPageAsync($"/Contacts/{interview.ContactId}");
        var details = await network.Client.GetPageAsync($"/Interviews/{interview.Id}");

        Assert.Equal($"/Contacts/{interview.ContactId}/Write", contact.Find("#write-link").GetAttribute("href"));
        Assert.Equal($"/Contacts/{interview.ContactId}/Write?interviewId={interview.Id}", details.Find("#write-link").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_contact_template_interview_or_follow_up_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var theirs = await owner.AddInterviewAsync();
        var theirTemplate = await owner.AddTemplateAsync();
        var theirFollowUp = await owner.AddFollowUpAsync(contactId: theirs.ContactId, title: "Thank them", dueUtc: owner.Now, kind: FollowUpKind.ThankYou);
        using var intruder = await Network.SignInAsync(factory);
        var mine = await intruder.AddContactAsync();

        (int ContactId, string Query)[] requests =
        [
            (theirs.ContactId!.Value, string.Empty),
            (mine.Id, $"templateId={theirTemplate.Id}"),
            (mine.Id, $"interviewId={theirs.Id}"),
            (mine.Id, $"followUpId={theirFollowUp.Id}"),
        ];
        foreach (var (contactId, query) in requests)
        {
            await intruder.Client.GetPageAsync($"/Contacts/{contactId}/Write?{query}", HttpStatusCode.NotFound);
            using var post = await intruder.Client.PostAsync($"/Contacts/{contactId}/Write?handler=Sent&{query}", new Dictionary<string, string>());
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST for contact {contactId} with '{query}': {(int)post.StatusCode}");
        }

        Assert.Equal(InterviewStatus.Planned, (await owner.LoadInterviewAsync(theirs.Id)).Status);
        Assert.False(await intruder.WithDbAsync(db => db.Interactions.AnyAsync()));
        Assert.False(await owner.WithDbAsync(db => db.Interactions.AnyAsync(i => i.ContactId == theirs.ContactId)));
    }

    [SkippableFact]
    public async Task An_interview_of_another_of_the_users_contacts_returns_404()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync();
        var someoneElse = await network.AddContactAsync();

        await network.Client.GetPageAsync($"/Contacts/{someoneElse.Id}/Write?interviewId={interview.Id}", HttpStatusCode.NotFound);
    }
}

public sealed class WriteTestsOnSqlite(SqliteAppFactory factory) : WriteTests<SqliteAppFactory>(factory);

public sealed class WriteTestsOnPostgres(PostgresAppFactory factory) : WriteTests<PostgresAppFactory>(factory);
