using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class OutcomeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Completing_a_scheduled_interview_records_the_meeting_at_its_scheduled_start_and_the_outcome()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        factory.ClockToWholeSecond();
        var arranged = await network.AddInterviewAsync(Network.Unique("Done"), InterviewStatus.Scheduled);
        var id = arranged.Id;
        var contactId = arranged.ContactId!.Value;
        var meetingAt = (await network.LoadInterviewAsync(id)).ScheduledStartUtc!.Value;
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var page = await client.GetPageAsync($"/Interviews/{id}/Outcome");
        Assert.Null(page.Document.QuerySelector("#start-ahead"));
        Assert.Contains("Mark completed and save the outcome", page.Find("#outcome-form").TextContent, StringComparison.Ordinal);
        Assert.Contains("Learned of an opportunity that is not advertised", page.Find("#outcome-form").TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(page, "#outcome-form", new Dictionary<string, string?>
        {
            ["Input.KeyInsights"] = "Teams hire from referrals first.",
            ["Input.Advice"] = "Write to the hiring manager.",
            ["Input.ResourcesMentioned"] = "A newsletter",
            ["Input.NextSteps"] = "Send a thank-you",
            ["Input.Usefulness"] = "4",
            ["Input.LearnedOfUnadvertisedOpportunity"] = "true",
            ["Input.WasReferred"] = "true",
        });

        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var details = await client.FollowAsync(response);
        Assert.Contains("The interview is completed and its outcome saved.", details.Text, StringComparison.Ordinal);
        Assert.Contains("Learned of an opportunity that is not advertised", details.Find("#results").TextContent, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Completed, interview.Status);
        Assert.Equal(meetingAt, interview.CompletedUtc);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var contact = await db.Contacts.AsNoTracking().Include(c => c.Interactions).SingleAsync(c => c.Id == contactId);
            Assert.Equal(meetingAt, contact.LastTouchUtc);
            var meeting = contact.Interactions.Single(t => t.OccurredUtc == meetingAt);
            Assert.Equal(id, meeting.InterviewRequestId);
            Assert.Equal(InteractionKind.Call, meeting.Kind);
        }

        Assert.Equal("Teams hire from referrals first.", interview.KeyInsights);
        Assert.Equal("Write to the hiring manager.", interview.Advice);
        Assert.Equal("A newsletter", interview.ResourcesMentioned);
        Assert.Equal("Send a thank-you", interview.NextSteps);
        Assert.Equal(4, interview.Usefulness);
        Assert.True(interview.LearnedOfUnadvertisedOpportunity);
        Assert.False(interview.GotOnRadarOfKeyPerson);
        Assert.False(interview.GainedInsightForApplications);
        Assert.True(interview.WasReferred);
    }

    [SkippableFact]
    public async Task The_outcome_of_a_completed_interview_can_be_edited()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Edited"), InterviewStatus.Completed)).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Outcome");

        using var response = await client.SubmitAsync(page, "#outcome-form", new Dictionary<string, string?>
        {
            ["Input.Usefulness"] = "2",
            ["Input.GainedInsightForApplications"] = "true",
        });
        var details = await client.FollowAsync(response);

        Assert.Contains("The outcome was saved.", details.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(2, interview.Usefulness);
        Assert.True(interview.GainedInsightForApplications);
        Assert.Equal(4, interview.History.Count(h => h.FromStatus is not null));
    }

    [SkippableFact]
    public async Task An_interview_still_ahead_cannot_be_completed_in_the_future()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var arranged = await network.AddInterviewAsync(Network.Unique("Ahead"), InterviewStatus.Scheduled);
        var id = arranged.Id;
        var contactId = arranged.ContactId!.Value;
        var page = await client.GetPageAsync($"/Interviews/{id}/Outcome");
        Assert.Contains("which is still ahead", page.Find("#start-ahead").TextContent, StringComparison.Ordinal);
        var tomorrow = factory.Clock.GetUtcNow().UtcDateTime.AddDays(1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        using var response = await client.SubmitAsync(page, "#outcome-form", new Dictionary<string, string?>
        {
            ["Input.TookPlace"] = tomorrow,
            ["Input.KeyInsights"] = "Typed before the meeting",
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("choose a time that is not in the future", result.Text, StringComparison.Ordinal);
        Assert.Equal("Typed before the meeting", result.Find("#Input_KeyInsights").TextContent);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Null(interview.KeyInsights);
    }

    [SkippableFact]
    public async Task An_outcome_from_an_older_form_shows_the_conflict_on_the_form_and_keeps_what_was_typed()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Twotabs"), InterviewStatus.Completed)).Id;
        var first = await client.GetPageAsync($"/Interviews/{id}/Outcome");
        var second = await client.GetPageAsync($"/Interviews/{id}/Outcome");

        using var saved = await client.SubmitAsync(first, "#outcome-form", new Dictionary<string, string?> { ["Input.Advice"] = "From the first tab" });
        using var stale = await client.SubmitAsync(second, "#outcome-form", new Dictionary<string, string?> { ["Input.Advice"] = "From the second tab" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(stale);
        Assert.Contains(InfoInterviews.Web.Pages.Interviews.OutcomeModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("From the second tab", page.Find("#Input_Advice").TextContent);
        Assert.Equal("From the first tab", (await network.LoadInterviewAsync(id)).Advice);
    }

    [SkippableFact]
    public async Task A_rating_outside_one_to_five_is_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Rated"), InterviewStatus.Scheduled)).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}/Outcome");

        using var response = await client.SubmitAsync(page, "#outcome-form", new Dictionary<string, string?> { ["Input.Usefulness"] = "7" });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Rate usefulness from 1 to 5.", result.Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStatus.Scheduled, (await network.LoadInterviewAsync(id)).Status);
    }

    [SkippableFact]
    public async Task An_interview_that_has_not_taken_place_gets_no_outcome()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Early"), InterviewStatus.Accepted)).Id;
        var version = (await network.LoadInterviewAsync(id)).Version.ToString();

        var page = await client.GetPageAsync($"/Interviews/{id}/Outcome");
        using var response = await client.PostAsync($"/Interviews/{id}/Outcome", new Dictionary<string, string>
        {
            ["Input.Usefulness"] = "5",
            ["Input.Version"] = version,
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Null(page.Document.QuerySelector("#outcome-form"));
        Assert.Contains("An outcome is recorded once the interview has taken place.", page.Find("#cannot-record").TextContent, StringComparison.Ordinal);
        Assert.Contains("An outcome is recorded once the interview is completed.", result.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Accepted, interview.Status);
        Assert.Null(interview.Usefulness);
    }

    [SkippableFact]
    public async Task Another_users_interview_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Private"), InterviewStatus.Scheduled)).Id;
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        await other.GetPageAsync($"/Interviews/{id}/Outcome", HttpStatusCode.NotFound);
        using var response = await other.PostAsync($"/Interviews/{id}/Outcome", new Dictionary<string, string> { ["Input.Usefulness"] = "1" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(InterviewStatus.Scheduled, (await ownerNetwork.LoadInterviewAsync(id)).Status);
    }
}

public sealed class OutcomeTestsOnSqlite(SqliteAppFactory factory) : OutcomeTests<SqliteAppFactory>(factory);

public sealed class OutcomeTestsOnPostgres(PostgresAppFactory factory) : OutcomeTests<PostgresAppFactory>(factory);
