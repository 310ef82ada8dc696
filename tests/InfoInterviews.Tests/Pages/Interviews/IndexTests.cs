using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Interviews;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static List<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("#interviews tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    [SkippableFact]
    public async Task With_no_interviews_the_page_invites_a_first_request()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);

        var page = await client.GetPageAsync("/Interviews");

        Assert.Contains("No informational interviews yet.", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Interviews/Create']"));
    }

    [SkippableFact]
    public async Task Upcoming_interviews_come_first_with_a_count_per_status()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var planned = Network.Unique("Planned");
        var scheduled = Network.Unique("Scheduled");
        var requested = Network.Unique("Requested");
        await network.AddInterviewAsync(planned);
        await network.AddInterviewAsync(scheduled, InterviewStatus.Scheduled);
        await network.AddInterviewAsync(requested, InterviewStatus.Requested);

        var page = await client.GetPageAsync("/Interviews");

        Assert.Equal(scheduled, Names(page)[0]);
        Assert.Equal(3, Names(page).Count);
        var counts = page.Find("#status-counts").TextContent;
        Assert.Matches(@"All\s+3", counts);
        Assert.Matches(@"Planned\s+1", counts);
        Assert.Matches(@"Scheduled\s+1", counts);
        Assert.Matches(@"Completed\s+0", counts);
    }

    [SkippableFact]
    public async Task Upcoming_interviews_lead_soonest_first_and_the_rest_follow_newest_first_across_pages()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var upcoming = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < 28; i++)
        {
            var name = Network.Unique(i % 9 == 0 ? "Upcoming" : "Rest");
            await network.AddInterviewAsync(name, i % 9 == 0 ? InterviewStatus.Scheduled : InterviewStatus.Planned);
            (i % 9 == 0 ? upcoming : rest).Add(name);
        }

        rest.Reverse();
        var first = Names(await client.GetPageAsync("/Interviews"));
        var second = Names(await client.GetPageAsync("/Interviews?page=2"));

        Assert.Equal([.. upcoming, .. rest.Take(25 - upcoming.Count)], first);
        Assert.Equal(rest.Skip(25 - upcoming.Count), second);
    }

    [SkippableFact]
    public async Task Filters_narrow_the_list_by_status_purpose_company_and_name()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var accepted = Network.Unique("Accepted");
        var other = Network.Unique("Other");
        var acceptedId = (await network.AddInterviewAsync(accepted, InterviewStatus.Accepted)).Id;
        await network.AddInterviewAsync(other);
        int companyId;
        var (scope, db) = factory.CreateDbContextFor(network.UserId);
        await using (scope)
        {
            var company = new Company(Network.Unique("Acme "), factory.Clock.GetUtcNow().UtcDateTime);
            db.Companies.Add(company);
            var interview = await db.InterviewRequests.FindAsync(acceptedId);
            interview!.Company = company;
            interview.Purpose = InterviewPurpose.Qualification;
            await db.SaveChangesAsync();
            companyId = company.Id;
        }

        Assert.Equal([accepted], Names(await client.GetPageAsync("/Interviews?status=Accepted")));
        Assert.Equal([accepted], Names(await client.GetPageAsync("/Interviews?purpose=Qualification")));
        Assert.Equal([accepted], Names(await client.GetPageAsync($"/Interviews?company={companyId}")));
        Assert.Equal([other], Names(await client.GetPageAsync($"/Interviews?q={other.ToUpperInvariant()}")));
        var none = await client.GetPageAsync("/Interviews?status=Declined");
        Assert.Contains("No interviews match these filters.", none.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Filters_by_company_name_whatever_case_and_accents_and_says_when_there_is_none()
    {
        using var network = await Network.SignInAsync(factory);
        var there = Network.Unique("There");
        var elsewhere = Network.Unique("Elsewhere");
        var interview = await network.AddInterviewAsync(there);
        await network.AddInterviewAsync(elsewhere);
        await network.WithDbAsync(async db =>
        {
            var tracked = await db.InterviewRequests.FindAsync(interview.Id);
            tracked!.Company = new Company("Zürich Insurance", network.Now);
            return tracked;
        });

        var byName = await network.Client.GetPageAsync("/Interviews?company=ZURICH%20insurance");
        var unknown = await network.Client.GetPageAsync("/Interviews?company=Nowhere%20Inc");

        Assert.Equal([there], Names(byName));
        Assert.Equal("Zürich Insurance", byName.Find("#company").GetAttribute("value"));
        Assert.Equal("/Companies/Suggest", byName.Find("#company").GetAttribute("data-suggest"));
        Assert.Contains("You have no company named “Nowhere Inc”.", unknown.Text, StringComparison.Ordinal);
        Assert.Equal(2, Names(unknown).Count);
    }

    [SkippableFact]
    public async Task An_over_long_search_shows_a_message_and_lists_every_interview()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var name = Network.Unique("Listed ");
        await network.AddInterviewAsync(name);

        var page = await client.GetPageAsync($"/Interviews?q={new string('x', 201)}");

        Assert.Contains("Search for at most 200 characters.", page.Text, StringComparison.Ordinal);
        Assert.Equal([name], Names(page));
    }

    [SkippableFact]
    public async Task Search_ignores_case_and_accents_in_the_contact_name()
    {
        using var client = factory.CreateAppClient();
        var network = Network.Of(factory, await factory.SignInNewUserAsync(client));
        var garcia = Network.Unique("García ");
        await network.AddInterviewAsync(garcia);
        await network.AddInterviewAsync(Network.Unique("Garner "));

        Assert.Equal([garcia], Names(await client.GetPageAsync("/Interviews?q=garcia")));
        Assert.Equal([garcia], Names(await client.GetPageAsync("/Interviews?q=GARCÍA")));
    }

    [SkippableFact]
    public async Task Another_users_interviews_are_not_listed()
    {
        using var owner = factory.CreateAppClient();
        var ownerNetwork = Network.Of(factory, await factory.SignInNewUserAsync(owner));
        var name = Network.Unique("Secret");
        await ownerNetwork.AddInterviewAsync(name);
        using var other = factory.CreateAppClient();
        await factory.SignInNewUserAsync(other);

        var page = await other.GetPageAsync("/Interviews");

        Assert.DoesNotContain(name, page.Text, StringComparison.Ordinal);
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
