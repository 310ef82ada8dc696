using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Companies;

public abstract class DetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Shows_the_scores_contacts_interviews_and_opportunities_there()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Ines", "Insider", company: "Litware", configure: c => c.Role = "Recruiter");
        await network.WithDbAsync(async db =>
        {
            var ines = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            db.InterviewRequests.Add(new InterviewRequest(ines, InterviewPurpose.CompanyAndCulture, null, AskChannel.LinkedIn, network.Now));
            db.Opportunities.Add(new Opportunity("Data analyst", OpportunityKind.RoleNotAdvertised, DateOnly.FromDateTime(network.Now), network.Now) { CompanyId = ines.CompanyId });
            return 0;
        });

        var page = await network.Client.GetPageAsync($"/Companies/{contact.CompanyId}");

        Assert.Contains("1 contact there", page.Find("#scores").TextContent, StringComparison.Ordinal);
        Assert.Contains("Ines Insider, Recruiter", page.Find("#contacts").TextContent, StringComparison.Ordinal);
        Assert.Contains("Ines Insider: Planned", page.Find("#interviews").TextContent, StringComparison.Ordinal);
        Assert.Contains("Data analyst: Learned of · role not advertised", page.Find("#opportunities").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Contacts/Create?companyId={contact.CompanyId}", page.Find("a[href^='/Contacts/Create']").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task A_company_with_many_contacts_pages_them_and_links_to_all_its_interviews()
    {
        using var network = await Network.SignInAsync(factory);
        var company = await network.AddCompanyAsync("Crowded Corp");
        for (var i = 0; i < 27; i++)
        {
            var person = await network.AddContactAsync($"Person{i:D2}", "Crowded", configure: c => c.CompanyId = company.Id);
            if (i < 12)
            {
                await network.WithDbAsync(async db =>
                {
                    db.InterviewRequests.Add(new InterviewRequest(await db.Contacts.SingleAsync(c => c.Id == person.Id), InterviewPurpose.Job, null, AskChannel.Email, network.Now));
                    return 0;
                });
            }
        }

        var first = await network.Client.GetPageAsync($"/Companies/{company.Id}");
        var second = await network.Client.GetPageAsync($"/Companies/{company.Id}?page=2");

        Assert.Equal(25, first.Document.QuerySelectorAll("#contacts > li").Length);
        Assert.Equal(2, second.Document.QuerySelectorAll("#contacts > li").Length);
        Assert.Equal(10, first.Document.QuerySelectorAll("#interviews > li").Length);
        Assert.Equal("All 12 interviews here", first.Find("#all-interviews").TextContent.Trim());
        Assert.Equal($"/Interviews?company={company.Id}", first.Find("#all-interviews").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Get_with_another_users_id_returns_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var company = await owner.AddCompanyAsync("Proseware");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Companies/{company.Id}", HttpStatusCode.NotFound);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteAppFactory factory) : DetailsTests<SqliteAppFactory>(factory);

public sealed class DetailsTestsOnPostgres(PostgresAppFactory factory) : DetailsTests<PostgresAppFactory>(factory);
