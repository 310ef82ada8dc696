using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.Opportunities;

namespace InfoInterviews.Tests.Pages.Opportunities;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Get_shows_the_opportunity_and_post_saves_the_changes_and_the_time_of_the_status_change()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Gladys", "West", company: "Geodesy Inc");
        var opportunity = await network.AddOpportunityAsync("Surveyor", OpportunityKind.RoleNotAdvertised, o => (o.ContactId, o.CompanyId) = (contact.Id, contact.CompanyId));
        factory.Clock.Advance(TimeSpan.FromDays(3));

        var form = await network.Client.GetPageAsync($"/Opportunities/{opportunity.Id}/Edit");
        Assert.Equal("Gladys West", form.Find("#Input_ContactName").GetAttribute("value"));
        Assert.Equal("Geodesy Inc", form.Find("#Input_CompanyName").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#opportunity-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Senior surveyor",
            ["Input.Status"] = nameof(OpportunityStatus.Applied),
            ["Input.Kind"] = nameof(OpportunityKind.AdvertisedRole),
            ["Input.CompanyName"] = "",
            ["Input.Url"] = "http://jobs.example.com/7",
            ["Input.ActBy"] = DateOnly.FromDateTime(network.Now).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Notes"] = "Sent my *resume*",
        });

        Assert.Equal($"/Opportunities/{opportunity.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.LoadOpportunityAsync(opportunity.Id);
        Assert.Equal(("Senior surveyor", OpportunityStatus.Applied, OpportunityKind.AdvertisedRole), (saved.Title, saved.Status, saved.Kind));
        Assert.InRange(saved.StatusChangedUtc, network.Now, network.Now.AddSeconds(1));
        Assert.Equal((null, contact.Id, "http://jobs.example.com/7"), (saved.CompanyId, saved.ContactId, saved.Url));
        Assert.Equal(DateOnly.FromDateTime(network.Now).AddDays(10), saved.ActBy);
        Assert.Contains("<em>resume</em>", saved.NotesHtml, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_second_edit_from_an_older_form_shows_a_conflict_and_keeps_the_first()
    {
        using var network = await Network.SignInAsync(factory);
        var opportunity = await network.AddOpportunityAsync("Researcher");
        var first = await network.Client.GetPageAsync($"/Opportunities/{opportunity.Id}/Edit");
        var second = await network.Client.GetPageAsync($"/Opportunities/{opportunity.Id}/Edit");

        using var saved = await network.Client.SubmitAsync(first, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Lead researcher" });
        using var conflicted = await network.Client.SubmitAsync(second, "#opportunity-form", new Dictionary<string, string?> { ["Input.Title"] = "Principal researcher" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(EditModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Principal researcher", page.Find("#Input_Title").GetAttribute("value"));
        Assert.Equal("Lead researcher", (await network.LoadOpportunityAsync(opportunity.Id)).Title);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var opportunity = await owner.AddOpportunityAsync("Kept");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Opportunities/{opportunity.Id}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Opportunities/{opportunity.Id}/Edit", new Dictionary<string, string> { ["Input.Title"] = "Stolen", ["Input.LearnedOn"] = "2026-01-01" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Kept", (await owner.LoadOpportunityAsync(opportunity.Id)).Title);
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
