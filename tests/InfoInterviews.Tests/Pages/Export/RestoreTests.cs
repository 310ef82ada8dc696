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
