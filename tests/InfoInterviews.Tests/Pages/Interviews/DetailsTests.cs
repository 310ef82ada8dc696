using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class DetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static string[] MoveButtons(HtmlPage page) =>
        page.Document.QuerySelectorAll("#moves button, #moves a").Select(b => b.TextContent.Trim()).ToArray();

    [SkippableFact]
    public async Task Only_the_moves_allowed_now_are_offered()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var planned = (await network.AddInterviewAsync(Network.Unique("Planned"))).Id;
        var accepted = (await network.AddInterviewAsync(Network.Unique("Accepted"), InterviewStatus.Accepted)).Id;
        var scheduled = (await network.AddInterviewAsync(Network.Unique("Scheduled"), InterviewStatus.Scheduled)).Id;
        var cancelled = (await network.AddInterviewAsync(Network.Unique("Cancelled"), InterviewStatus.Cancelled)).Id;

        Assert.Equal(["Mark requested", "Mark cancelled"], MoveButtons(await client.GetPageAsync($"/Interviews/{planned}")));
        Assert.Equal(["Schedule it", "Mark cancelled"], MoveButtons(await client.GetPageAsync($"/Interviews/{accepted}")));
        Assert.Equal(["Mark completed and record the outcome", "Mark cancelled", "Reschedule"], MoveButtons(await client.GetPageAsync($"/Interviews/{scheduled}")));
        var closed = await client.GetPageAsync($"/Interviews/{cancelled}");
        Assert.Empty(MoveButtons(closed));
        Assert.Contains("its status no longer changes", closed.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Marking_requested_records_the_change_and_logs_a_touch_on_the_contact()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Touch");
        var arranged = await network.AddInterviewAsync(name);
        var id = arranged.Id;
        var contactId = arranged.ContactId!.Value;
        var now = factory.ClockToWholeSecond();
        var page = await client.GetPageAsync($"/Interviews/{id}");

        using var response = await client.SubmitAsync(page, "#move-Requested", submitButtonSelector: "#move-Requested button");

        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var after = await client.FollowAsync(response);
        Assert.Contains($"the ask is logged as a touch with {name}", after.Text, StringComparison.Ordinal);
        Assert.Contains("Planned → Requested", after.Find("#history").TextContent, StringComparison.Ordinal);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var interview = await db.InterviewRequests.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Id == id);
            Assert.Equal(InterviewStatus.Requested, interview.Status);
            Assert.Contains(interview.History, h => h.ToStatus == InterviewStatus.Requested && h.ChangedUtc == now);
            var touch = await db.Interactions.AsNoTracking().SingleAsync(i => i.ContactId == contactId);
            Assert.Equal(id, touch.InterviewRequestId);
            Assert.Equal(InteractionDirection.Outgoing, touch.Direction);
            Assert.Equal(now, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId)).LastTouchUtc);
        }
    }

    [SkippableTheory]
    [InlineData("Completed", "Completing needs the time the interview took place: use Outcome.")]
    [InlineData("Accepted", "An interview that is Planned cannot be marked Accepted.")]
    [InlineData("Scheduled", "Scheduling needs a date and time: use Schedule.")]
    [InlineData("Sideways", "Choose a status to move the interview to.")]
    public async Task A_move_not_allowed_now_posted_by_hand_is_refused_with_a_message_and_changes_nothing(string to, string message)
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Refused"))).Id;
        var version = (await network.LoadInterviewAsync(id)).Version;

        using var response = await client.PostAsync($"/Interviews/{id}?handler=Move", new Dictionary<string, string>
        {
            ["to"] = to,
            ["version"] = version.ToString(),
        });
        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var page = await client.FollowAsync(response);

        Assert.Contains(message, page.Find("#refused").TextContent, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Planned, interview.Status);
        Assert.Single(interview.History);
        Assert.Equal(version, interview.Version);
    }

    [SkippableFact]
    public async Task A_move_from_a_stale_page_is_refused_and_leads_back_to_the_interview()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Stale"))).Id;
        var stale = await client.GetPageAsync($"/Interviews/{id}");
        using (var first = await client.SubmitAsync(stale, "#move-Requested", submitButtonSelector: "#move-Requested button"))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await client.SubmitAsync(stale, "#move-Cancelled", submitButtonSelector: "#move-Cancelled button");

        Assert.Equal($"/Interviews/{id}", second.Headers.Location?.OriginalString);
        var page = await client.FollowAsync(second);
        Assert.Contains("This interview changed since you opened it", page.Find("#refused").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mark accepted", page.Find("#moves").TextContent, StringComparison.Ordinal);
        Assert.Equal(InterviewStatus.Requested, (await network.LoadInterviewAsync(id)).Status);
    }

    [SkippableFact]
    public async Task An_introduction_names_the_introducer_right_after_the_channel()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Introduced"))).Id;
        var introducerId = (await network.AddContactAsync("Marcus")).Id;
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var interview = await db.InterviewRequests.SingleAsync(r => r.Id == id);
            interview.Channel = AskChannel.Introduction;
            interview.IntroducerId = introducerId;
            await db.SaveChangesAsync();
        }

        var page = await client.GetPageAsync($"/Interviews/{id}");

        var askedBy = page.Find("#introducer").ParentElement!.ParentElement!.TextContent;
        Assert.Equal("Introduction by a contact: Marcus", string.Join(' ', askedBy.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal($"/Contacts/{introducerId}", page.Find("#introducer").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task A_suggested_person_becomes_a_contact_introduced_by_the_interviews_contact_at_their_company()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var arranged = await network.AddInterviewAsync(Network.Unique("Introducer"), InterviewStatus.Completed);
        var id = arranged.Id;
        var contactId = arranged.ContactId!.Value;
        var first = Network.Unique("Suggested");
        var companyName = Network.Unique("Initech ");
        var page = await client.GetPageAsync($"/Interviews/{id}");

        using var response = await client.SubmitAsync(page, "#suggest-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = first,
            ["Input.CompanyName"] = companyName,
        });

        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var after = await client.FollowAsync(response);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var person = await db.Contacts.AsNoTracking().Include(c => c.Company).SingleAsync(c => c.FirstName == first);
            Assert.Equal(contactId, person.IntroducedById);
            Assert.Equal(id, person.SuggestedInInterviewId);
            Assert.Equal(ContactSource.Introduced, person.Source);
            Assert.Equal(companyName, person.Company?.Name);
            Assert.Contains($"{first} at {companyName}", after.Find("#people").TextContent, StringComparison.Ordinal);
            Assert.NotNull(after.Document.QuerySelector($"#people a[href='/Contacts/{person.Id}']"));
        }
    }

    [SkippableFact]
    public async Task A_suggested_persons_company_typed_in_another_case_is_the_company_the_user_has()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Casing"), InterviewStatus.Completed)).Id;
        var companyName = Network.Unique("Acme ");
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            db.Companies.Add(new Company(companyName, factory.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var page = await client.GetPageAsync($"/Interviews/{id}");
        using var response = await client.SubmitAsync(page, "#suggest-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = Network.Unique("Lower"),
            ["Input.CompanyName"] = companyName.ToLowerInvariant(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (check, checkDb) = factory.CreateDbContextFor(network.UserId);
        await using (check)
        {
            Assert.Equal([companyName], await checkDb.Companies.Select(c => c.Name).ToListAsync());
        }
    }

    [SkippableFact]
    public async Task A_suggested_person_without_a_first_name_is_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var id = (await network.AddInterviewAsync(Network.Unique("Nameless"), InterviewStatus.Completed)).Id;
        var page = await client.GetPageAsync($"/Interviews/{id}");

        using var response = await client.SubmitAsync(page, "#suggest-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "",
            ["Input.Role"] = "Recruiter",
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Enter the first name of the person they suggested.", result.Find("#suggest-form").TextContent, StringComparison.Ordinal);
        Assert.Equal("Recruiter", result.Find("#Input_Role").GetAttribute("value"));
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            Assert.Equal(0, await db.Contacts.CountAsync(c => c.SuggestedInInterviewId == id));
        }
    }

    [SkippableFact]
    public async Task Another_users_interview_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var id = (await ownerNetwork.AddInterviewAsync(Network.Unique("Private"))).Id;
        var version = (await ownerNetwork.LoadInterviewAsync(id)).Version.ToString();
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        await other.GetPageAsync($"/Interviews/{id}", HttpStatusCode.NotFound);
        using var move = await other.PostAsync($"/Interviews/{id}?handler=Move", new Dictionary<string, string> { ["to"] = "Requested", ["version"] = version });
        using var suggest = await other.PostAsync($"/Interviews/{id}?handler=Suggest", new Dictionary<string, string> { ["Input.FirstName"] = "Mallory" });

        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, suggest.StatusCode);
        Assert.Equal(InterviewStatus.Planned, (await ownerNetwork.LoadInterviewAsync(id)).Status);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteAppFactory factory) : DetailsTests<SqliteAppFactory>(factory);

public sealed class DetailsTestsOnPostgres(PostgresAppFactory factory) : DetailsTests<PostgresAppFactory>(factory);
