using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Export;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Export;

public abstract class RestoreTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    /// <summary>Which table each kind of reference in the document points into.</summary>
    private static readonly Dictionary<string, string> ReferencedTables = new(StringComparer.Ordinal)
    {
        ["companyId"] = "companies",
        ["tagId"] = "tags",
        ["contactId"] = "contacts",
        ["introducedById"] = "contacts",
        ["introducerId"] = "contacts",
        ["interviewId"] = "interviews",
        ["suggestedInInterviewId"] = "interviews",
        ["questionSetId"] = "questionSets",
    };

    [SkippableFact]
    public async Task Export_then_restore_into_a_new_account_then_export_again_gives_the_same_document()
    {
        using var original = await Network.SignInAsync(factory);
        var home = await original.Client.GetPageAsync("/");
        using (var loaded = await original.Client.SubmitAsync(home, "#load-sample-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        }

        await AddRowsTheSampleLacksAsync(original);
        var first = await ExportAsync(original.Client);

        using var restored = await Network.SignInAsync(factory);
        using var response = await RestoreAsync(restored.Client, Encoding.UTF8.GetBytes(first));
        var page = await restored.Client.FollowAsync(response);
        Assert.Contains("Restored 62 contacts, 15 companies,", page.Text, StringComparison.Ordinal);
        var second = await ExportAsync(restored.Client);

        var (expected, actual) = (Comparable(first), Comparable(second));
        foreach (var table in expected.Select(p => p.Key))
        {
            Assert.True(JsonNode.DeepEquals(expected[table], actual[table]), $"'{table}' differs:\n{expected[table]}\n---\n{actual[table]}");
        }

        Assert.True(JsonNode.DeepEquals(expected, actual));
    }

    [SkippableFact]
    public async Task The_restore_plans_no_follow_ups_and_logs_no_touches_of_its_own()
    {
        using var network = await Network.SignInAsync(factory);

        using var response = await RestoreAsync(network.Client, Document(
            contacts: """[{ "id": 7, "firstName": "Ada", "keepInTouchDays": 30, "createdUtc": "2026-01-05T09:00:00Z", "source": "Alumni" }]""",
            interviews: """
                [{ "id": 3, "contactId": 7, "contactName": "Ada", "purpose": "Job", "channel": "Email", "status": "Requested",
                   "createdUtc": "2026-01-06T09:00:00Z", "durationMinutes": 30 },
                 { "id": 4, "contactId": 7, "contactName": "Ada", "purpose": "Career", "channel": "Email", "status": "Completed",
                   "createdUtc": "2026-01-06T09:00:00Z", "durationMinutes": 30, "completedUtc": "2026-01-20T10:00:00Z", "usefulness": 4 }]
                """,
            steps: """
                [{ "id": 1, "interviewId": 3, "fromStatus": null, "toStatus": "Planned", "changedUtc": "2026-01-06T09:00:00Z" },
                 { "id": 2, "interviewId": 3, "fromStatus": "Planned", "toStatus": "Requested", "changedUtc": "2026-01-07T09:00:00Z" },
                 { "id": 5, "interviewId": 4, "fromStatus": "Scheduled", "toStatus": "Completed", "changedUtc": "2026-01-20T10:00:00Z" }]
                """));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await network.WithDbAsync(async db => new
        {
            FollowUps = await db.FollowUps.CountAsync(),
            Touches = await db.Interactions.CountAsync(),
            Steps = await db.InterviewStatusChanges.CountAsync(),
            Contact = await db.Contacts.AsNoTracking().SingleAsync(),
        });
        Assert.Equal((0, 0, 3), (saved.FollowUps, saved.Touches, saved.Steps));
        Assert.Equal((30, (DateTime?)null, (DateTime?)null), (saved.Contact.KeepInTouchDays, saved.Contact.NextFollowUpUtc, saved.Contact.AwaitingReplySinceUtc));
    }

    [SkippableFact]
    public async Task A_workspace_that_holds_a_contact_is_refused_and_keeps_what_it_holds()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Already", "Here");

        var page = await network.Client.GetPageAsync("/Export/Restore");
        Assert.Equal(WorkspaceRestore.NotEmptyMessage, page.Find("#not-empty").TextContent);
        using var response = await network.Client.UploadAsync(page, "#restore-form", "Input.File", "infointerviews.json", Document());

        var refused = await AppClient.ReadPageAsync(response);
        Assert.Contains(WorkspaceRestore.NotEmptyMessage, refused.Find("[data-valmsg-for='Input.File']").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Already Here"], await network.WithDbAsync(db => db.Contacts.Select(c => c.FullName).ToListAsync()));
    }

    [SkippableTheory]
    [InlineData("First Name,Last Name\nAda,Lovelace", WorkspaceRestore.NotJsonMessage)]
    [InlineData("{ \"contacts\": [] }", WorkspaceRestore.NotOursMessage)]
    [InlineData("[1, 2, 3]", WorkspaceRestore.NotOursMessage)]
    [InlineData("{ \"format\": \"infointerviews-workspace\", \"version\": 99, \"contacts\": {} }", "version 99 of the format, which this app does not know")]
    [InlineData("{ \"format\": \"infointerviews-workspace\", \"version\": 1, \"contacts\": [{ \"id\": \"x\" }] }", "cannot be read at $.contacts[0].id")]
    [InlineData("{ \"format\": \"infointerviews-workspace\", \"version\": 1, \"contacts\": [{ \"id\": 1, \"firstName\": \"Ada\", \"source\": 3 }] }", "cannot be read at $.contacts[0].source")]
    public async Task A_file_that_is_not_an_export_we_read_is_refused_with_its_reason(string file, string message)
    {
        using var network = await Network.SignInAsync(factory);

        using var response = await RestoreAsync(network.Client, Encoding.UTF8.GetBytes(file));

        var refused = await AppClient.ReadPageAsync(response);
        Assert.Contains(message, refused.Find("[data-valmsg-for='Input.File']").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await network.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [SkippableFact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        using var network = await Network.SignInAsync(factory);

        using var response = await RestoreAsync(network.Client, new byte[WorkspaceRestore.MaxBytes + 1]);

        var refused = await AppClient.ReadPageAsync(response);
        Assert.Contains($"larger than {WorkspaceRestore.MaxBytes / (1024 * 1024)} MB", refused.Find("[data-valmsg-for='Input.File']").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_failure_half_way_leaves_the_workspace_as_it_was()
    {
        using var network = await Network.SignInAsync(factory);
        var starterSets = await network.WithDbAsync(db => db.QuestionSets.CountAsync());

        // The rows save, then the last step finds a contact named as their own introducer.
        using var response = await RestoreAsync(network.Client, Document(
            companies: """[{ "id": 1, "name": "Halfway Ltd", "createdUtc": "2026-01-05T09:00:00Z" }]""",
            contacts: """[{ "id": 2, "firstName": "Ada", "companyId": 1, "introducedById": 2, "createdUtc": "2026-01-05T09:00:00Z", "source": "Alumni" }]"""));

        var refused = await AppClient.ReadPageAsync(response);
        Assert.Contains("cannot introduce themselves", refused.Text, StringComparison.Ordinal);
        var after = await network.WithDbAsync(async db => (await db.Companies.CountAsync(), await db.Contacts.CountAsync(), await db.QuestionSets.CountAsync()));
        Assert.Equal((0, 0, starterSets), after);
    }

    [SkippableFact]
    public async Task Ids_in_the_file_link_its_own_rows_only_never_another_users()
    {
        using var other = await Network.SignInAsync(factory);
        var theirs = await other.AddContactAsync("Their", "Contact", company: Network.Unique("Theirs "));
        using var network = await Network.SignInAsync(factory);

        using var refusedResponse = await RestoreAsync(network.Client, Document(
            contacts: $$"""[{ "id": {{theirs.Id}}, "firstName": "Ada", "companyId": {{theirs.CompanyId}}, "createdUtc": "2026-01-05T09:00:00Z", "source": "Alumni" }]"""));
        var refused = await AppClient.ReadPageAsync(refusedResponse);
        Assert.Contains($"refers to company {theirs.CompanyId}, which the export does not hold", refused.Text, StringComparison.Ordinal);

        using var response = await RestoreAsync(network.Client, Document(
            companies: $$"""[{ "id": {{theirs.CompanyId}}, "name": "Mine Ltd", "createdUtc": "2026-01-05T09:00:00Z" }]""",
            contacts: $$"""[{ "id": {{theirs.Id}}, "firstName": "Ada", "companyId": {{theirs.CompanyId}}, "createdUtc": "2026-01-05T09:00:00Z", "source": "Alumni" }]"""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mine = await network.WithDbAsync(db => db.Contacts.Select(c => new { c.Id, c.FullName, Company = c.Company!.Name }).SingleAsync());
        Assert.Equal(("Ada", "Mine Ltd"), (mine.FullName, mine.Company));
        Assert.NotEqual(theirs.Id, mine.Id);
        var theirsNow = await other.WithDbAsync(db => db.Contacts.Select(c => new { c.FullName, c.CompanyId }).SingleAsync());
        Assert.Equal(("Their Contact", theirs.CompanyId), (theirsNow.FullName, theirsNow.CompanyId));
        Assert.DoesNotContain("Their Contact", await ExportAsync(network.Client), StringComparison.Ordinal);
    }

    /// <summary>A document of the current version with the given tables, as the export writes them.</summary>
    private static byte[] Document(string companies = "[]", string contacts = "[]", string interviews = "[]", string steps = "[]") =>
        Encoding.UTF8.GetBytes($$"""
            { "format": "{{WorkspaceDocument.Format}}", "version": {{WorkspaceDocument.Version}}, "exportedUtc": "2026-02-01T00:00:00Z",
              "companies": {{companies}}, "contacts": {{contacts}}, "interviews": {{interviews}}, "interviewStatusChanges": {{steps}} }
            """);

    /// <summary>
    /// The document with only what a restore cannot keep masked: <c>exportedUtc</c> (the time of each
    /// export) and the row ids, which the database gives anew. Ids and the references to them become the
    /// row's place in its array, so every link is still compared, and so is the order of the rows.
    /// </summary>
    private static JsonObject Comparable(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.NotNull(root["exportedUtc"]);
        root.Remove("exportedUtc");
        var places = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (table, rows) in root.Where(p => p.Value is JsonArray).ToList())
        {
            var array = rows!.AsArray();
            places[table] = array.Select((row, place) => (row, place))
                .Where(r => r.row!["id"] is not null)
                .ToDictionary(r => r.row!["id"]!.GetValue<int>(), r => r.place);
        }

        foreach (var (table, rows) in root.Where(p => p.Value is JsonArray))
        {
            foreach (var row in rows!.AsArray().Select(r => r!.AsObject()))
            {
                if (row["id"] is { } id)
                {
                    row["id"] = places[table][id.GetValue<int>()];
                }

                foreach (var (field, target) in ReferencedTables)
                {
                    if (row[field] is { } reference)
                    {
                        row[field] = places[target][reference.GetValue<int>()];
                    }
                }
            }
        }

        return root;
    }

    /// <summary>
    /// What the sample generator does not set: a day connected, an archived contact, two people who
    /// introduced each other, an interview whose contact was deleted, notes on a snoozed follow-up, an
    /// opportunity moved back to where it started, a described question set, and the account's settings.
    /// </summary>
    private static async Task AddRowsTheSampleLacksAsync(Network network)
    {
        var zoe = await network.AddContactAsync("Zoë", "Ørsted-Müller", configure: c =>
        {
            c.ConnectedOn = new DateOnly(2019, 3, 15);
            c.Phone = "+45 99 55 11 11";
            c.Archive();
        });
        var li = await network.AddContactAsync("Li", "Wei", configure: c => c.IntroducedById = zoe.Id);
        var gone = await network.AddInterviewAsync("Gone Person", InterviewStatus.Completed);
        await network.WithDbAsync(async db =>
        {
            var zoeRow = await db.Contacts.SingleAsync(c => c.Id == zoe.Id);
            zoeRow.IntroducedById = li.Id;
            var followUp = new FollowUp(zoeRow, FollowUpKind.Other, "Send the article", network.Now.AddDays(2), network.Now);
            followUp.Edit(FollowUpKind.Update, "Send the article", "The one about *offshore* wind", network.Now.AddDays(2));
            followUp.SnoozeUntil(network.Now.AddDays(5), network.Now);
            db.FollowUps.Add(followUp);
            var opportunity = new Opportunity("Analyst", OpportunityKind.Referral, DateOnly.FromDateTime(network.Now), network.Now.AddDays(-3));
            opportunity.MoveTo(OpportunityStatus.Applied, network.Now.AddDays(-2));
            opportunity.MoveTo(OpportunityStatus.LearnedOf, network.Now.AddDays(-1));
            db.Opportunities.Add(opportunity);
            db.QuestionSets.Add(new QuestionSet("Described", InterviewPurpose.Career) { Description = "For career changers; ünïcode" });
            var user = await db.Users.SingleAsync(u => u.Id == network.UserId);
            user.WeeklyGoal = 7;
            user.ThankYouAfterDays = 2;
            user.ChooseZoneAndDigest("Europe/Paris", sendsDigest: true, digestHour: 6, network.Now);
            return 0;
        });
        await network.WithDbAsync(db => db.Contacts.Where(c => c.Id == gone.ContactId).ExecuteDeleteAsync());
    }

    private static async Task<string> ExportAsync(AppClient client)
    {
        using var response = await client.Http.GetAsync("/Export?handler=Json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> RestoreAsync(AppClient client, byte[] file, string fileName = "infointerviews.json")
    {
        var page = await client.GetPageAsync("/Export/Restore");
        return await client.UploadAsync(page, "#restore-form", "Input.File", fileName, file);
    }
}

public sealed class RestoreTestsOnSqlite(SqliteAppFactory factory) : RestoreTests<SqliteAppFactory>(factory);

public sealed class RestoreTestsOnPostgres(PostgresAppFactory factory) : RestoreTests<PostgresAppFactory>(factory);
