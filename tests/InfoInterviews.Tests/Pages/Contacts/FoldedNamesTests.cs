using InfoInterviews.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>Names with capitals and accents outside ASCII are matched alike on both databases.</summary>
public abstract class FoldedNamesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static async Task<HttpResponseMessage> AddContactAsync(Network network, string firstName, string? company = null, string? tags = null, string? introducedBy = null)
    {
        var form = await network.Client.GetPageAsync("/Contacts/Create");
        return await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = firstName,
            ["Input.CompanyName"] = company,
            ["Input.Tags"] = tags,
            ["Input.IntroducedBy"] = introducedBy,
        });
    }

    [SkippableTheory]
    [InlineData("ÉCOLE", "école")]
    [InlineData("Ørsted", "ØRSTED")]
    [InlineData("Яндекс", "ЯНДЕКС")]
    [InlineData("École Polytechnique", "ecole  polytechnique")]
    public async Task A_company_typed_twice_in_other_capitals_or_accents_is_one_company(string first, string second)
    {
        using var network = await Network.SignInAsync(factory);

        using var one = await AddContactAsync(network, "Ada", company: first);
        using var two = await AddContactAsync(network, "Grace", company: second);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, two.StatusCode);
        var companies = await network.WithDbAsync(db => db.Companies.Select(c => new { c.Name, Contacts = c.Contacts.Count }).ToListAsync());
        Assert.Equal(first, Assert.Single(companies).Name);
        Assert.Equal(2, companies[0].Contacts);
    }

    [SkippableFact]
    public async Task Tags_typed_in_other_capitals_are_one_tag()
    {
        using var network = await Network.SignInAsync(factory);

        using var one = await AddContactAsync(network, "Ada", tags: "Яндекс, ÉCOLE");
        using var two = await AddContactAsync(network, "Grace", tags: "ЯНДЕКС, école, Ecole");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, two.StatusCode);
        var tags = await network.WithDbAsync(db => db.Tags.OrderBy(t => t.Id).Select(t => new { t.Name, Contacts = t.Contacts.Count }).ToListAsync());
        Assert.Equal(["Яндекс", "ÉCOLE"], tags.Select(t => t.Name));
        Assert.All(tags, t => Assert.Equal(2, t.Contacts));
    }

    [SkippableFact]
    public async Task Renaming_a_tag_to_another_tags_name_in_other_capitals_is_refused()
    {
        using var network = await Network.SignInAsync(factory);
        var tag = await network.AddTagAsync("design");
        await network.AddTagAsync("Ørsted");
        var form = await network.Client.GetPageAsync($"/Tags/{tag.Id}/Edit");

        using var response = await network.Client.SubmitAsync(form, "#tag-form", new Dictionary<string, string?> { ["Input.Name"] = "ØRSTED" });

        Assert.Contains("You already have a tag called \"ØRSTED\"", (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("ÉCOLE")]
    [InlineData("ecole")]
    [InlineData("École")]
    public async Task Search_finds_names_and_companies_whatever_the_capitals_and_accents(string term)
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Émile", "École");
        await network.AddContactAsync("Ada", "Lovelace", company: "École Normale");
        await network.AddContactAsync("Grace", "Hopper");

        var page = await network.Client.GetPageAsync($"/Contacts?q={Uri.EscapeDataString(term)}");

        Assert.Contains("Émile École", page.Text, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Hopper", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Introduced_by_finds_a_contact_named_in_other_capitals()
    {
        using var network = await Network.SignInAsync(factory);
        var introducer = await network.AddContactAsync("École", "Person");

        using var response = await AddContactAsync(network, "Grace", introducedBy: "ÉCOLE PERSON");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(introducer.Id, await network.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "Grace").Select(c => c.IntroducedById).SingleAsync()));
    }
}

public sealed class FoldedNamesTestsOnSqlite(SqliteAppFactory factory) : FoldedNamesTests<SqliteAppFactory>(factory);

public sealed class FoldedNamesTestsOnPostgres(PostgresAppFactory factory) : FoldedNamesTests<PostgresAppFactory>(factory);
