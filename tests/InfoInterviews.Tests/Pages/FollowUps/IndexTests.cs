using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InfoInterviews.Tests.Pages.FollowUps;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Each_view_shows_the_follow_ups_of_its_day_in_the_users_time_zone()
    {
        using var network = await Network.SignInAsync(factory, timeZone: Days.Auckland);
        var contact = await network.AddContactAsync("Grace", "Hopper");
        var today = Days.Today(Days.Auckland, network.Now);
        var startOfToday = Days.StartUtc(Days.Auckland, today);
        await network.AddFollowUpAsync(contact.Id, title: "Late one", dueUtc: startOfToday.AddHours(-1));
        await network.AddFollowUpAsync(contact.Id, title: "Early today", dueUtc: startOfToday.AddHours(1));
        await network.AddFollowUpAsync(contact.Id, title: "First thing tomorrow", dueUtc: Days.StartUtc(Days.Auckland, today.AddDays(1)));
        await network.AddFollowUpAsync(contact.Id, title: "Already sent", dueUtc: startOfToday, doneUtc: network.Now);

        Assert.Equal(["Late one"], await TitlesAsync(network, "/FollowUps?show=Overdue"));
        Assert.Equal(["Early today"], await TitlesAsync(network, "/FollowUps?show=Today"));
        Assert.Equal(["First thing tomorrow"], await TitlesAsync(network, "/FollowUps?show=Upcoming"));
        Assert.Equal(["Already sent"], await TitlesAsync(network, "/FollowUps?show=Done"));
        Assert.Equal(["Late one", "Early today", "First thing tomorrow"], await TitlesAsync(network, "/FollowUps"));
        var tabs = (await network.Client.GetPageAsync("/FollowUps")).Find("#views").TextContent;
        Assert.Matches(@"All open\s*3\s*Overdue\s*1\s*Due today\s*1\s*Upcoming\s*1\s*Done\s*1", tabs);
    }

    [SkippableFact]
    public async Task All_open_is_the_sum_of_the_open_views_rather_than_a_count_of_its_own()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Ada", "Lovelace");
        await network.AddFollowUpAsync(contact.Id, title: "Write back", dueUtc: network.Now.AddDays(2));
        await network.Client.GetPageAsync("/FollowUps");
        var session = await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/Help"));

        var commands = await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/FollowUps"));

        // Overdue, due today, upcoming and done, then the list's count and its page.
        Assert.Equal(session + 6, commands);
    }

    [SkippableFact]
    public async Task Lists_are_paged_and_sorted_by_contact_on_request()
    {
        using var network = await Network.SignInAsync(factory);
        var zed = await network.AddContactAsync("Zed", "Last");
        var abe = await network.AddContactAsync("Abe", "First");
        for (var i = 0; i < 26; i++)
        {
            await network.AddFollowUpAsync(zed.Id, title: $"Zed {i:00}", dueUtc: network.Now.AddDays(2 + i));
        }

        await network.AddFollowUpAsync(abe.Id, title: "Abe last due", dueUtc: network.Now.AddDays(60));

        var first = await network.Client.GetPageAsync("/FollowUps?show=Upcoming");
        var second = await network.Client.GetPageAsync("/FollowUps?show=Upcoming&page=2");
        var byContact = await TitlesAsync(network, "/FollowUps?show=Upcoming&sort=contact");

        Assert.Equal(25, first.Document.QuerySelectorAll(".follow-ups > li").Length);
        Assert.Equal(["Zed 25", "Abe last due"], second.Document.QuerySelectorAll(".follow-ups > li a.fw-semibold").Select(a => a.TextContent));
        Assert.Equal(["Zed 25", "Abe last due"], await TitlesAsync(network, first.Find("a[rel=next]").GetAttribute("href")!));
        Assert.Equal("Abe last due", byContact[0]);
    }

    [SkippableFact]
    public async Task A_contacts_or_an_interviews_list_holds_only_theirs_and_another_users_returns_404()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync("Katherine Johnson", InterviewStatus.Scheduled);
        var other = await network.AddContactAsync("Dorothy", "Vaughan");
        await network.AddFollowUpAsync(interviewId: interview.Id, title: "Thank Katherine");
        await network.AddFollowUpAsync(interview.ContactId, title: "Ask Katherine about orbits");
        await network.AddFollowUpAsync(other.Id, title: "Call Dorothy");
        using var intruder = await Network.SignInAsync(factory);

        Assert.Equal(["Thank Katherine"], await TitlesAsync(network, $"/FollowUps?interviewId={interview.Id}"));
        Assert.Equal(["Ask Katherine about orbits", "Thank Katherine"], (await TitlesAsync(network, $"/FollowUps?contactId={interview.ContactId}")).Order());
        await intruder.Client.GetPageAsync($"/FollowUps?contactId={other.Id}", HttpStatusCode.NotFound);
        await intruder.Client.GetPageAsync($"/FollowUps?interviewId={interview.Id}", HttpStatusCode.NotFound);
        Assert.Empty(await TitlesAsync(intruder, "/FollowUps"));
    }

    [SkippableFact]
    public async Task The_menu_and_the_outcome_pages_thank_you_sentence_lead_to_the_follow_ups()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync(status: InterviewStatus.Completed);

        var outcome = await network.Client.GetPageAsync($"/Interviews/{interview.Id}/Outcome");

        Assert.Equal($"/FollowUps?interviewId={interview.Id}", outcome.Find("#thank-you a").GetAttribute("href"));
        Assert.NotNull(outcome.Document.QuerySelector("nav a.nav-link[href='/FollowUps']"));
    }

    [SkippableFact]
    public async Task An_unknown_view_shows_the_open_ones_instead_of_failing()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        await network.AddFollowUpAsync(contact.Id, title: "Still shown");

        Assert.Equal(["Still shown"], await TitlesAsync(network, "/FollowUps?show=everything&page=x"));
    }

    [SkippableFact]
    public async Task A_view_past_the_count_limit_shows_its_count_as_the_limit_and_more()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        await network.AddFollowUpAsync(contact.Id, title: "Late", dueUtc: network.Now.AddDays(-3));
        await CopyAFollowUpAsync(network, SeekList.CountLimit);
        await network.AddFollowUpAsync(contact.Id, title: "Next week", dueUtc: network.Now.AddDays(7));

        var page = await network.Client.GetPageAsync("/FollowUps");

        Assert.Matches(@"All open\s*1,000\+\s*Overdue\s*1,000\+\s*Due today\s*0\s*Upcoming\s*1\s*Done\s*0", page.Find("#views").TextContent);
        Assert.Matches(@"Showing 25 of\s+more than 1,000 follow-ups\.", page.Find("#list-count").TextContent);
    }

    [SkippableFact]
    public async Task The_list_sends_as_many_sql_commands_for_thousands_of_follow_ups_as_for_one()
    {
        using var small = await Network.SignInAsync(factory);
        await small.AddFollowUpAsync((await small.AddContactAsync()).Id, dueUtc: small.Now.AddDays(-3));
        using var large = await Network.SignInAsync(factory);
        await large.AddFollowUpAsync((await large.AddContactAsync()).Id, dueUtc: large.Now.AddDays(-3));
        await CopyAFollowUpAsync(large, 3 * SeekList.CountLimit);

        foreach (var url in new[] { "/FollowUps", "/FollowUps?show=Done", "/FollowUps?sort=contact&desc=true" })
        {
            await small.Client.GetPageAsync(url);
            await large.Client.GetPageAsync(url);
            var smallCount = await factory.Commands.CountAsync(() => small.Client.GetPageAsync(url));
            var largeCount = await factory.Commands.CountAsync(() => large.Client.GetPageAsync(url));
            Assert.True(smallCount > 0, "The counter saw no command.");
            Assert.Equal(smallCount, largeCount);
        }
    }

    /// <summary>
    /// Adds <paramref name="copies"/> copies of the user's first follow-up in a single INSERT … SELECT over
    /// every column but the key, which arranges thousands of rows in a moment.
    /// </summary>
    private static Task<int> CopyAFollowUpAsync(Network network, int copies) =>
        network.WithDbAsync(async db =>
        {
            var followUp = db.Model.FindEntityType(typeof(FollowUp))!;
            var table = StoreObjectIdentifier.Table(followUp.GetTableName()!, followUp.GetSchema());
            var columns = string.Join(", ", followUp.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => $"\"{p.GetColumnName(table)}\""));
            var original = await db.FollowUps.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
            var sql = "WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < {0}) "
                + $"INSERT INTO \"{table.Name}\" ({columns}) SELECT {columns} FROM \"{table.Name}\", copy WHERE \"Id\" = {{1}}";
            return await db.Database.ExecuteSqlRawAsync(sql, copies, original);
        });

    private static async Task<List<string>> TitlesAsync(Network network, string url) =>
        (await network.Client.GetPageAsync(url)).Document.QuerySelectorAll(".follow-ups > li a.fw-semibold").Select(a => a.TextContent).ToList();
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
