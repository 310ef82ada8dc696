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
            db.Opportunities.Add(new Opportunity("Data analyst", wasAdvertised: false, network.Now) { CompanyId = ines.CompanyId });
            return 0;
        });

        var page = await network.Client.GetPageAsync($"/Companies/{contact.CompanyId}");

        Assert.Contains("1 contact there", page.Find("#scores").TextContent, StringComparison.Ordinal);
        Assert.Contains("Ines Insider, Recruiter", page.Find("#contacts").TextContent, StringComparison.Ordinal);
        Assert.Contains("Ines Insider: Planned", page.Find("#interviews").TextContent, StringComparison.Ordinal);
        Assert.Contains("Data analyst: Heard of (not advertised)", page.Find("#opportunities").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Contacts/Create?companyId={contact.CompanyId}", page.Find("a[href^='/Contacts/Create']").GetAttribute("href"));
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
