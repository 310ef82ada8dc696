using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Export;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>Contacts as vCard files: one from its page, the filtered list from the contact list.</summary>
public abstract class VCardTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_contacts_page_downloads_its_card()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Zoë", "Müller", company: "Ørsted", configure: c => c.Email = "zoe@example.com");
        await network.AddContactAsync("Someone", "Else");

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        using var response = await network.Client.Http.GetAsync(page.Find("#export-vcard").GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Zoë-Müller.vcf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var card = Assert.Single(VCard.Read(new StringReader(await response.Content.ReadAsStringAsync())).Cards);
        Assert.Equal(("Zoë Müller", "Ørsted", "zoe@example.com"), (card.FormattedName, card.Organization, Assert.Single(card.Emails)));
    }

    [SkippableFact]
    public async Task Another_users_contact_card_is_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync("Private", "Person");
        using var intruder = await Network.SignInAsync(factory);

        using var response = await intruder.Client.Http.GetAsync($"/Contacts/{contact.Id}?handler=VCard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_list_downloads_the_contacts_its_filters_show_on_every_page()
    {
        using var network = await Network.SignInAsync(factory);
        var company = await network.AddCompanyAsync("Ørsted");
        foreach (var i in Enumerable.Range(1, 30))
        {
            await network.AddContactAsync($"Wind{i:00}", configure: c => c.CompanyId = company.Id);
        }

        await network.AddContactAsync("Elsewhere");

        var page = await network.Client.GetPageAsync($"/Contacts?company={company.Id}&page=2");
        var href = page.Find("#export-vcard").GetAttribute("href");
        using var response = await network.Client.Http.GetAsync(href);

        Assert.DoesNotContain("page=", href, StringComparison.Ordinal);
        var cards = VCard.Read(new StringReader(await response.Content.ReadAsStringAsync())).Cards;
        Assert.Equal(30, cards.Count);
        Assert.All(cards, c => Assert.Equal("Ørsted", c.Organization));
    }
}

public sealed class VCardTestsOnSqlite(SqliteAppFactory factory) : VCardTests<SqliteAppFactory>(factory);

public sealed class VCardTestsOnPostgres(PostgresAppFactory factory) : VCardTests<PostgresAppFactory>(factory);
