using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task From_a_contact_a_planned_request_is_saved_with_its_purpose_goal_and_channel()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Grace");
        var contactId = (await network.AddContactAsync(name, "Hopper")).Id;
        var page = await client.GetPageAsync($"/Interviews/Create?contactId={contactId}");
        Assert.Contains($"{name} Hopper", page.Find("#request-form").TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(page, "#request-form", new Dictionary<string, string?>
        {
            ["Input.Purpose"] = nameof(InterviewPurpose.CompanyAndCulture),
            ["Input.Goal"] = "  How teams decide  ",
            ["Input.Channel"] = nameof(AskChannel.LinkedIn),
        });

        var id = AppClient.IdFrom(response);
        Assert.Equal($"/Interviews/{id}", response.Headers.Location?.OriginalString);
        var details = await client.FollowAsync(response);
        Assert.Contains($"Interview with {name} Hopper planned.", details.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(contactId, interview.ContactId);
        Assert.Equal(InterviewStatus.Planned, interview.Status);
        Assert.Equal(InterviewPurpose.CompanyAndCulture, interview.Purpose);
        Assert.Equal("How teams decide", interview.Goal);
        Assert.Equal(AskChannel.LinkedIn, interview.Channel);
        Assert.Single(interview.History);
    }

    [SkippableFact]
    public async Task From_a_contact_who_already_said_yes_one_form_records_the_ask_the_yes_and_the_schedule()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client, "Europe/Berlin"));
        var now = factory.ClockToWholeSecond();
        var name = Network.Unique("Margaret");
        var contactId = (await network.AddContactAsync(name, "Hamilton")).Id;
        var contact = await client.GetPageAsync($"/Contacts/{contactId}");
        var page = await client.GetPageAsync(contact.Find("#schedule-interview").GetAttribute("href")!);
        Assert.Equal("Schedule an informational interview", page.Find("h1").TextContent);

        using var response = await client.SubmitAsync(page, "#request-form", new Dictionary<string, string?>
        {
            ["Input.Purpose"] = nameof(InterviewPurpose.Career),
            ["Input.Channel"] = nameof(AskChannel.Email),
            ["Input.Meeting.Start"] = "2031-03-04T10:00",
            ["Input.Meeting.DurationMinutes"] = "45",
            ["Input.Meeting.Format"] = nameof(MeetingFormat.Video),
            ["Input.Meeting.LocationOrLink"] = "https://meet.example/m",
        });

        var id = AppClient.IdFrom(response);
        var details = await client.FollowAsync(response);
        Assert.Contains($"Interview with {name} Hamilton scheduled.", details.Text, StringComparison.Ordinal);
        var interview = await network.LoadInterviewAsync(id);
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Equal(new DateTime(2031, 3, 4, 9, 0, 0, DateTimeKind.Utc), interview.ScheduledStartUtc);
        Assert.Equal(45, interview.DurationMinutes);
        var steps = interview.History.OrderBy(h => h.Id).ToList();
        Assert.Equal([InterviewStatus.Planned, InterviewStatus.Requested, InterviewStatus.Accepted, InterviewStatus.Scheduled], steps.Select(h => h.ToStatus));
        Assert.All(steps, h => Assert.Equal(now, h.ChangedUtc));
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var touches = await db.Interactions.AsNoTracking().Where(t => t.ContactId == contactId).ToListAsync();
            Assert.Equal(2, touches.Count);
            Assert.All(touches, t => Assert.Equal(id, t.InterviewRequestId));
        }
    }

    [SkippableFact]
    public async Task The_fast_path_without_a_meeting_time_is_refused_and_saves_nothing()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var contactId = (await network.AddContactAsync(Network.Unique("Nomeet"))).Id;
        var page = await client.GetPageAsync($"/Interviews/Create?contactId={contactId}&agreed=true");

        using var response = await client.SubmitAsync(page, "#request-form", new Dictionary<string, string?>
        {
            ["Input.Purpose"] = nameof(InterviewPurpose.Career),
            ["Input.Channel"] = nameof(AskChannel.Email),
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Enter the date and time of the interview.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Choose how you will meet.", result.Text, StringComparison.Ordinal);
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            Assert.False(await db.InterviewRequests.AnyAsync(r => r.ContactId == contactId));
        }
    }

    [SkippableFact]
    public async Task An_ask_through_an_introduction_names_the_contact_who_introduces()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Grace");
        var introducer = Network.Unique("Alan");
        var contactId = (await network.AddContactAsync(name, "Hopper")).Id;
        var introducerId = (await network.AddContactAsync(introducer, "Turing")).Id;
        var page = await client.GetPageAsync($"/Interviews/Create?contactId={contactId}");
        var values = new Dictionary<string, string?>
        {
            ["Input.Purpose"] = nameof(InterviewPurpose.Career),
            ["Input.Channel"] = nameof(AskChannel.Introduction),
        };

        using (var unnamed = await client.SubmitAsync(page, "#request-form", values))
        {
            Assert.Contains("Name the contact who will introduce you.", (await AppClient.ReadPageAsync(unnamed)).Text, StringComparison.Ordinal);
        }

        values["Input.IntroducedBy"] = "Nobody Known";
        using (var unknown = await client.SubmitAsync(page, "#request-form", values))
        {
            Assert.Contains("No contact is called \"Nobody Known\".", (await AppClient.ReadPageAsync(unknown)).Text, StringComparison.Ordinal);
        }

        values["Input.IntroducedBy"] = $"{introducer.ToUpperInvariant()} turing";
        using var response = await client.SubmitAsync(page, "#request-form", values);

        var id = AppClient.IdFrom(response);
        var details = await client.FollowAsync(response);
        Assert.Equal($"/Contacts/{introducerId}", details.Find("#introducer").GetAttribute("href"));
        Assert.Equal(introducerId, (await network.LoadInterviewAsync(id)).IntroducerId);
    }

    [SkippableFact]
    public async Task The_contact_search_finds_a_contact_by_company_and_accented_name_through_the_search_index()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var company = Network.Unique("Picker Works");
        var employed = Network.Unique("Employed");
        await network.AddContactAsync(employed, "Núñez", company: company);
        var otherName = Network.Unique("Other");
        await network.AddContactAsync(otherName);

        var byCompany = await client.GetPageAsync($"/Interviews/Create?q={company.Split(' ')[0].ToUpperInvariant()}+works");
        var byName = await client.GetPageAsync($"/Interviews/Create?q={employed}+nunez");

        string[] Options(HtmlPage page) => [.. page.Document.QuerySelectorAll("#Input_ContactId option").Select(o => o.TextContent)];
        Assert.Contains($"{employed} Núñez ({company})", Options(byCompany));
        Assert.DoesNotContain(Options(byCompany), o => o.StartsWith(otherName, StringComparison.Ordinal));
        Assert.Contains($"{employed} Núñez ({company})", Options(byName));
    }

    [SkippableFact]
    public async Task Without_a_contact_the_user_searches_and_picks_one()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var wanted = Network.Unique("Wanted");
        var wantedId = (await network.AddContactAsync(wanted)).Id;
        var otherName = Network.Unique("Other");
        await network.AddContactAsync(otherName);

        var page = await client.GetPageAsync($"/Interviews/Create?q={wanted.ToLowerInvariant()}");
        var options = page.Document.QuerySelectorAll("#Input_ContactId option").Select(o => o.TextContent).ToList();
        Assert.Contains(wanted, options);
        Assert.DoesNotContain(otherName, options);

        using var response = await client.SubmitAsync(page, "#request-form", new Dictionary<string, string?>
        {
            ["Input.ContactId"] = wantedId.ToString(CultureInfo.InvariantCulture),
            ["Input.Purpose"] = nameof(InterviewPurpose.Job),
            ["Input.Channel"] = nameof(AskChannel.Email),
        });

        var interview = await network.LoadInterviewAsync(AppClient.IdFrom(response));
        Assert.Equal(wantedId, interview.ContactId);
    }

    [SkippableFact]
    public async Task Missing_choices_are_refused_with_messages()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        await network.AddContactAsync(Network.Unique("Someone"));
        var page = await client.GetPageAsync("/Interviews/Create");

        using var response = await client.SubmitAsync(page, "#request-form", new Dictionary<string, string?>
        {
            ["Input.ContactId"] = "",
            ["Input.Purpose"] = "",
            ["Input.Channel"] = "",
            ["Input.Goal"] = new string('g', InterviewRequest.GoalMaxLength + 1),
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Choose the contact you want to talk to.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Choose what the conversation is about.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Choose how you will ask.", result.Text, StringComparison.Ordinal);
        Assert.Contains("What you want to learn has at most 1000 characters.", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task With_no_contacts_the_page_says_to_add_one_first()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);

        var page = await client.GetPageAsync("/Interviews/Create");

        Assert.Contains("you have none yet", page.Find("#no-contacts").TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#request-form"));
    }

    [SkippableFact]
    public async Task Another_users_contact_is_404_on_get_and_post()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var contactId = (await ownerNetwork.AddContactAsync(Network.Unique("Private"))).Id;
        using var other = factory.CreateAppClient();
        var otherNetwork = Network.Of(factory, await factory.SignInNewUserAsync(other));

        await other.GetPageAsync($"/Interviews/Create?contactId={contactId}", HttpStatusCode.NotFound);
        using var response = await other.PostAsync("/Interviews/Create", new Dictionary<string, string>
        {
            ["Input.ContactId"] = contactId.ToString(CultureInfo.InvariantCulture),
            ["Input.Purpose"] = nameof(InterviewPurpose.Job),
            ["Input.Channel"] = nameof(AskChannel.Email),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var (scope, db) = factory.CreateDbContextFor(otherNetwork.UserId);
        await using (scope)
        {
            Assert.Empty(db.InterviewRequests);
        }
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
