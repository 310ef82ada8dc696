using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;

namespace InfoInterviews.Tests.Pages.Opportunities;

public abstract class DetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Shows_the_opportunity_where_it_came_from_its_link_and_its_notes()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.CompletedInterviewAsync("Evelyn", "Boyd Analytics", learnedOfUnadvertised: true, wasReferred: false);
        var opportunity = await network.AddOpportunityAsync("Orbit analyst", OpportunityKind.RoleNotAdvertised, o =>
        {
            o.InterviewRequestId = interview.Id;
            o.ContactId = interview.ContactId;
            o.LinkTo("https://jobs.example.com/orbit");
            o.SetDates(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20));
            o.WriteNotes(RenderedMarkdown.Of("Ask about **the team**", new MarkdownRenderer()));
        });

        var page = await network.Client.GetPageAsync($"/Opportunities/{opportunity.Id}");

        Assert.Equal("Orbit analyst", page.Find("h1").TextContent.Trim());
        Assert.Equal("Learned of", page.Find("#status").TextContent);
        Assert.Contains("1 Mar 2026", page.Find("#summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("20 Mar 2026", page.Find("#act-by").TextContent.Trim());
        Assert.Equal($"/Contacts/{interview.ContactId}", page.Find("#from a").GetAttribute("href"));
        Assert.Equal($"/Interviews/{interview.Id}", page.Find("#from span a").GetAttribute("href"));
        Assert.Equal("https://jobs.example.com/orbit", page.Find("#link").GetAttribute("href"));
        Assert.Equal("the team", page.Find(".markdown strong").TextContent);
    }

    [SkippableFact]
    public async Task Shown_on_its_contacts_timeline_and_its_companys_page()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Mae", "Jemison", company: "Endeavour Labs");
        var opportunity = await network.AddOpportunityAsync("Mission specialist", OpportunityKind.Referral, o => (o.ContactId, o.CompanyId) = (contact.Id, contact.CompanyId));

        var contactPage = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        var companyPage = await network.Client.GetPageAsync($"/Companies/{contact.CompanyId}");

        Assert.Equal($"/Opportunities/{opportunity.Id}", contactPage.Find(".timeline-opportunity a").GetAttribute("href"));
        Assert.Equal($"/Opportunities/Create?contactId={contact.Id}", contactPage.Find("#add-opportunity").GetAttribute("href"));
        Assert.Equal($"/Opportunities/{opportunity.Id}", companyPage.Find("#opportunities a").GetAttribute("href"));
        Assert.Contains("Mission specialist: Learned of · referral", companyPage.Find("#opportunities").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Opportunities/Create?companyId={contact.CompanyId}", companyPage.Find("#add-opportunity").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Get_with_another_users_id_returns_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var opportunity = await owner.AddOpportunityAsync();
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Opportunities/{opportunity.Id}", HttpStatusCode.NotFound);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteAppFactory factory) : DetailsTests<SqliteAppFactory>(factory);

public sealed class DetailsTestsOnPostgres(PostgresAppFactory factory) : DetailsTests<PostgresAppFactory>(factory);
