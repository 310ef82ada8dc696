using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>A new user grows a network: a contact at a new company, found, called, and counted on the target list.</summary>
public abstract class JourneyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_new_user_adds_finds_and_calls_a_contact_and_sees_the_company_ranked_with_advocacy_1()
    {
        using var network = await Network.SignInAsync(factory);
        var client = network.Client;

        var form = await client.GetPageAsync("/Contacts/Create");
        using var created = await client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Grace",
            ["Input.LastName"] = "Hopper",
            ["Input.CompanyName"] = "Compilers Unlimited",
            ["Input.Role"] = "Rear admiral",
            ["Input.Tags"] = "navy, mentors",
        });
        Assert.StartsWith("/Contacts/", created.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var found = await client.GetPageAsync("/Contacts?q=COMPIL%20UNL");
        var link = Assert.Single(found.Document.QuerySelectorAll("#contacts tbody tr a[href^='/Contacts/']"));
        Assert.Equal("Grace Hopper", link.TextContent);

        var details = await client.GetPageAsync(link.GetAttribute("href")!);
        using var logged = await client.SubmitAsync(details, "#log-touch", new Dictionary<string, string?>
        {
            ["Touch.Kind"] = "Call",
            ["Touch.Summary"] = "Asked about compiler teams",
        });
        var afterCall = await client.FollowAsync(logged);

        var newest = afterCall.Find("#timeline li");
        Assert.Contains("Call (outgoing)", newest.TextContent, StringComparison.Ordinal);
        Assert.Contains("Asked about compiler teams", newest.TextContent, StringComparison.Ordinal);
        Assert.Contains("Call with Grace Hopper logged.", afterCall.Text, StringComparison.Ordinal);

        var targets = await client.GetPageAsync("/Companies");
        var row = Assert.Single(targets.Document.QuerySelectorAll("#companies tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["1", "Compilers Unlimited", "0", "0", "1", ""], cells);

        var contactId = int.Parse(link.GetAttribute("href")!["/Contacts/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Interactions).Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync(c => c.Id == contactId));
        var call = Assert.Single(saved.Interactions);
        Assert.Equal(InteractionKind.Call, call.Kind);
        Assert.Equal(call.OccurredUtc, saved.LastTouchUtc);
        Assert.Equal(["mentors", "navy"], saved.Tags.Select(t => t.Tag!.Name).Order());
    }
}

public sealed class JourneyTestsOnSqlite(SqliteAppFactory factory) : JourneyTests<SqliteAppFactory>(factory);

public sealed class JourneyTestsOnPostgres(PostgresAppFactory factory) : JourneyTests<PostgresAppFactory>(factory);
