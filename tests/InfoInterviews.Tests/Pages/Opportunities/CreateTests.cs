using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Opportunities;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task From_an_interview_one_click_adds_a_referral_with_its_contact_company_and_interview()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.CompletedInterviewAsync("Katherine", "Langley Research", learnedOfUnadvertised: true, wasReferred: true);

        var details = await network.Client.GetPageAsync($"/Interviews/{interview.Id}");
        var form = await network.Client.GetPageAsync(details.Find("#add-opportunity").GetAttribute("href")!);
        Assert.Equal("Katherine", form.Find("#Input_ContactName").GetAttribute("value"));
        Assert.Equal("Langley Research", form.Find("#Input_CompanyName").GetAttribute("value"));
        Assert.Equal(nameof(OpportunityKind.Referral), form.Find("#Input_Kind option[selected]").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#opportunity-form");

        var saved = Assert.Single(await network.OpportunitiesAsync());
        Assert.Equal($"/Opportunities/{saved.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Referral at Langley Research", OpportunityKind.Referral, OpportunityStatus.LearnedOf), (saved.Title, saved.Kind, saved.Status));
        Assert.Equal((interview.Id, interview.ContactId, "Langley Research"), (saved.InterviewRequestId, saved.ContactId, saved.Company?.Name));
        Assert.Equal(DateOnly.FromDateTime(network.Now), saved.LearnedOn);
        Assert.Contains("Referral at Langley Research was added.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        Assert.Contains("Referral at Langley Research", (await network.Client.GetPageAsync($"/Interviews/{interview.Id}")).Find("#opportunities").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_interview_that_learned_of_an_unadvertised_role_suggests_that_kind()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.CompletedInterviewAsync("Dorothy", company: null, learnedOfUnadvertised: true, wasReferred: false);

        var form = await network.Client.GetPageAsync($"/Opportunities/Create?interviewId={interview.Id}");

        Assert.Equal(nameof(OpportunityKind.RoleNotAdvertised), form.Find("#Input_Kind option[selected]").GetAttribute("value"));
        Assert.Equal("Role not advertised through Dorothy", form.Find("#Input_Title").GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Opened_from_a_contact_or_a_company_the_form_starts_with_them()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Christine", "Darden", company: "Supersonic Labs");
        var company = await network.AddCompanyAsync(Network.Unique("Boom "));

        var fromContact = await network.Client.GetPageAsync($"/Opportunities/Create?contactId={contact.Id}");
        var fromCompany = await network.Client.GetPageAsync($"/Opportunities/Create?companyId={company.Id}");

        Assert.Equal("Christine Darden", fromContact.Find("#Input_ContactName").GetAttribute("value"));
        Assert.Equal("Supersonic Labs", fromContact.Find("#Input_CompanyName").GetAttribute("value"));
        Assert.Equal(company.Name, fromCompany.Find("#Input_CompanyName").GetAttribute("value"));
        Assert.Equal(DateOnly.FromDateTime(network.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fromCompany.Find("#Input_LearnedOn").GetAttribute("value"));
    }

    [SkippableFact]
    public async Task A_typed_company_is_found_whatever_its_case_and_a_new_one_is_added()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddCompanyAsync("Écoles Réunies");
        var form = await network.Client.GetPageAsync("/Opportunities/Create");

        using var existing = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Teacher", ["Input.CompanyName"] = "ecoles reunies" });
        using var added = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Writer", ["Input.CompanyName"] = "New Press" });

        Assert.Equal(HttpStatusCode.Redirect, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Écoles Réunies", "New Press"], (await network.OpportunitiesAsync()).Select(o => o.Company!.Name));
        Assert.Equal(2, await network.WithDbAsync(db => db.Companies.CountAsync()));
    }

    [SkippableFact]
    public async Task Bad_values_show_their_message_and_save_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Opportunities/Create");

        using var script = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Role", ["Input.Url"] = "javascript:alert(1)" });
        using var early = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Role", ["Input.LearnedOn"] = "2026-03-10", ["Input.ActBy"] = "2026-03-09" });
        using var stranger = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Role", ["Input.ContactName"] = "Nobody Known" });
        using var untitled = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = " " });
        using var tooLong = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = new string('x', Opportunity.TitleMaxLength + 1) });

        Assert.Contains(Opportunity.LinkMessage, (await AppClient.ReadPageAsync(script)).Find("[data-valmsg-for='Input.Url']").TextContent, StringComparison.Ordinal);
        Assert.Contains("The date to act by cannot be before the date you learned of it.", (await AppClient.ReadPageAsync(early)).Text, StringComparison.Ordinal);
        Assert.Contains("No contact is called \"Nobody Known\".", (await AppClient.ReadPageAsync(stranger)).Text, StringComparison.Ordinal);
        Assert.Contains("Enter a title.", (await AppClient.ReadPageAsync(untitled)).Text, StringComparison.Ordinal);
        Assert.Contains($"A title has at most {Opportunity.TitleMaxLength} characters.", (await AppClient.ReadPageAsync(tooLong)).Text, StringComparison.Ordinal);
        Assert.Empty(await network.OpportunitiesAsync());
        Assert.Equal(0, await network.WithDbAsync(db => db.Companies.CountAsync()));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_interview_contact_or_company_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var interview = await owner.AddInterviewAsync("Mary");
        var company = await owner.AddCompanyAsync();
        using var intruder = await Network.SignInAsync(factory);
        string[] urls = [$"/Opportunities/Create?interviewId={interview.Id}", $"/Opportunities/Create?contactId={interview.ContactId}", $"/Opportunities/Create?companyId={company.Id}"];

        foreach (var url in urls)
        {
            await intruder.Client.GetPageAsync(url, HttpStatusCode.NotFound);
            using var post = await intruder.Client.PostAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Stolen", ["Input.LearnedOn"] = "2026-01-01" });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(0, await owner.WithDbAsync(db => db.Opportunities.IgnoreQueryFilters().CountAsync(o => o.Title == "Stolen")));
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
