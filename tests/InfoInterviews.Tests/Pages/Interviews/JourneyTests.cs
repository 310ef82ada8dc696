using System.Globalization;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class JourneyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_new_user_requests_schedules_prepares_records_and_completes_a_career_interview()
    {
        const string zoneId = "Europe/Berlin";
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, zoneId));
        var contactName = Network.Unique("Margaret");
        var contactId = (await network.AddContactAsync(contactName, "Hamilton")).Id;

        // Request it for a career purpose, from the contact.
        var create = await client.GetPageAsync($"/Interviews/Create?contactId={contactId}");
        using var created = await client.SubmitAsync(create, "#request-form", new Dictionary<string, string?>
        {
            ["Input.Purpose"] = nameof(InterviewPurpose.Career),
            ["Input.Goal"] = "Whether a move from software into product suits me",
            ["Input.Channel"] = nameof(AskChannel.Email),
        });
        var id = AppClient.IdFrom(created);

        // Ask, then hear yes.
        var details = await client.FollowAsync(created);
        using var requested = await client.SubmitAsync(details, "#move-Requested", submitButtonSelector: "#move-Requested button");
        details = await client.FollowAsync(requested);
        using var accepted = await client.SubmitAsync(details, "#move-Accepted", submitButtonSelector: "#move-Accepted button");
        details = await client.FollowAsync(accepted);
        Assert.Contains("Accepted", details.Find("main .badge").TextContent, StringComparison.Ordinal);

        // Schedule it for next Tuesday at 10:00 in Berlin.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(factory.Clock.GetUtcNow().UtcDateTime, zone);
        var daysToTuesday = ((int)DayOfWeek.Tuesday - (int)localNow.DayOfWeek + 7) % 7;
        var tuesdayTen = localNow.Date.AddDays(daysToTuesday == 0 ? 7 : daysToTuesday).AddHours(10);
        var schedule = await client.GetPageAsync(details.Find("#schedule-link").GetAttribute("href")!);
        using var scheduled = await client.SubmitAsync(schedule, "#schedule-form", new Dictionary<string, string?>
        {
            ["Input.Start"] = tuesdayTen.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Input.Format"] = nameof(MeetingFormat.Video),
            ["Input.LocationOrLink"] = "https://meet.example/margaret",
        });
        details = await client.FollowAsync(scheduled);
        var shown = details.Find("#scheduled").TextContent;
        Assert.Contains(tuesdayTen.ToString("ddd d MMM yyyy, 10:00", CultureInfo.GetCultureInfo("en-GB")), shown, StringComparison.Ordinal);

        // Attach the TIARA starter set, every new account has it.
        var questions = await client.GetPageAsync($"/Interviews/{id}/Questions");
        var tiara = questions.Document.QuerySelectorAll("#questionSetId option")
            .Single(o => o.TextContent.StartsWith(StarterQuestionSets.TiaraName, StringComparison.Ordinal));
        using var attached = await client.SubmitAsync(questions, "#attach-form", new Dictionary<string, string?> { ["questionSetId"] = tiara.GetAttribute("value") });
        await client.FollowAsync(attached);

        // Answer two questions, and take notes with a link and a script.
        var notes = await client.GetPageAsync($"/Interviews/{id}/Notes");
        using var saved = await client.SubmitAsync(notes, "#notes-form", new Dictionary<string, string?>
        {
            ["Input.Answers[0].Answer"] = "Product roles grow around data literacy.",
            ["Input.Answers[0].WasAsked"] = "true",
            ["Input.Answers[2].Answer"] = "She wished she had shadowed a product manager first.",
            ["Input.Answers[2].WasAsked"] = "true",
            ["Input.Notes"] = "Read [the product roadmap guide](https://example.com/roadmap) <script>alert('x')</script>",
        });
        details = await client.FollowAsync(saved);
        Assert.NotNull(details.Document.QuerySelector("#notes a[href='https://example.com/roadmap']"));
        Assert.Null(details.Document.QuerySelector("#notes script"));
        Assert.Contains("Product roles grow around data literacy.", details.Find("#questions").TextContent, StringComparison.Ordinal);

        // Complete it with an outcome.
        var outcome = await client.GetPageAsync(details.Find("#complete-link").GetAttribute("href")!);
        using var completed = await client.SubmitAsync(outcome, "#outcome-form", new Dictionary<string, string?>
        {
            ["Input.KeyInsights"] = "Product work is mostly listening.",
            ["Input.Usefulness"] = "5",
            ["Input.GotOnRadarOfKeyPerson"] = "true",
        });
        details = await client.FollowAsync(completed);
        Assert.Contains("Completed", details.Find("main .badge").TextContent, StringComparison.Ordinal);
        Assert.Contains("Product work is mostly listening.", details.Find("#outcome").TextContent, StringComparison.Ordinal);

        // Add the person she suggested, and see them linked.
        var suggestedName = Network.Unique("Katherine");
        using var suggested = await client.SubmitAsync(details, "#suggest-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = suggestedName,
            ["Input.LastName"] = "Johnson",
            ["Input.Role"] = "Head of product",
        });
        details = await client.FollowAsync(suggested);

        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var interview = await db.InterviewRequests.AsNoTracking().Include(r => r.Questions).SingleAsync(r => r.Id == id);
            Assert.Equal(InterviewStatus.Completed, interview.Status);
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(tuesdayTen, zone), interview.ScheduledStartUtc);
            Assert.Equal(InterviewPurpose.Career, interview.Purpose);
            Assert.Equal(10, interview.Questions.Count);
            Assert.Equal(2, interview.Questions.Count(q => q.WasAsked && q.Answer is not null));
            Assert.Equal(5, interview.Usefulness);
            Assert.True(interview.GotOnRadarOfKeyPerson);

            var touches = await db.Interactions.AsNoTracking().Where(i => i.ContactId == contactId).ToListAsync();
            Assert.Equal(["Agreed to an informational interview.", "Asked for an informational interview.", "Had an informational interview."],
                touches.Where(t => t.InterviewRequestId == id).Select(t => t.Summary).Order());

            var person = await db.Contacts.AsNoTracking().SingleAsync(c => c.FirstName == suggestedName);
            Assert.Equal(contactId, person.IntroducedById);
            Assert.Equal(id, person.SuggestedInInterviewId);
            Assert.Equal(ContactSource.Introduced, person.Source);
            Assert.Equal("Head of product", person.Role);
            Assert.Contains($"{suggestedName} Johnson", details.Find($"#people a[href='/Contacts/{person.Id}']").TextContent, StringComparison.Ordinal);
        }
    }
}

public sealed class JourneyTestsOnSqlite(SqliteAppFactory factory) : JourneyTests<SqliteAppFactory>(factory);

public sealed class JourneyTestsOnPostgres(PostgresAppFactory factory) : JourneyTests<PostgresAppFactory>(factory);
