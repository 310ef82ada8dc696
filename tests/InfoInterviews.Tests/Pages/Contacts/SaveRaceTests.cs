using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>
/// Two requests at the same moment: the other one's save is played, through a second database
/// context, just before this request's save (see <see cref="SaveHook"/>).
/// </summary>
public abstract class SaveRaceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_new_company_created_meanwhile_by_another_request_is_the_one_the_contact_gets()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Contacts/Create");
        factory.Saves.BeforeNextSave(() => network.AddCompanyAsync("ACME"));

        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Ada",
            ["Input.CompanyName"] = "Acme",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var company = await network.WithDbAsync(db => db.Companies.Select(c => new { c.Name, Contacts = c.Contacts.Select(k => k.FirstName).ToList() }).SingleAsync());
        Assert.Equal("ACME", company.Name);
        Assert.Equal(["Ada"], company.Contacts);
    }

    [SkippableFact]
    public async Task A_company_added_meanwhile_by_another_request_under_the_same_name_is_refused_with_a_message()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Companies/Create");
        factory.Saves.BeforeNextSave(() => network.AddCompanyAsync("ACME"));

        using var response = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?> { ["Input.Name"] = "Acme" });

        Assert.Contains("You already have a company called \"Acme\".", (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal("ACME", await network.WithDbAsync(db => db.Companies.Select(c => c.Name).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_company_renamed_to_a_name_another_request_took_meanwhile_is_refused_with_a_message()
    {
        using var network = await Network.SignInAsync(factory);
        var company = await network.AddCompanyAsync("Initech");
        var form = await network.Client.GetPageAsync($"/Companies/{company.Id}/Edit");
        factory.Saves.BeforeNextSave(() => network.AddCompanyAsync("GLOBEX"));

        using var response = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?> { ["Input.Name"] = "Globex" });

        var page = await AppClient.ReadPageAsync(response);
        Assert.Contains("You already have a company called \"Globex\".", page.Text, StringComparison.Ordinal);
        Assert.Equal("Globex", page.Find("#Input_Name").GetAttribute("value"));
        Assert.Equal(["GLOBEX", "Initech"], await network.WithDbAsync(db => db.Companies.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync()));
    }

    [SkippableFact]
    public async Task A_new_tag_created_meanwhile_by_another_request_is_the_one_the_contact_gets()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Grace", "Hopper");
        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");
        factory.Saves.BeforeNextSave(() => network.AddTagAsync("Compilers"));

        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.Tags"] = "compilers, navy" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tags = await network.WithDbAsync(db => db.Tags.OrderBy(t => t.Name).Select(t => new { t.Name, Contacts = t.Contacts.Count }).ToListAsync());
        Assert.Equal([("Compilers", 1), ("navy", 1)], tags.Select(t => (t.Name, t.Contacts)));
    }

    [SkippableTheory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Archive_and_restore_during_an_edit_of_the_contact_both_go_through(bool archivedBefore, bool archivedAfter)
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Barbara", "Liskov", configure: c =>
        {
            if (archivedBefore)
            {
                c.Archive();
            }
        });
        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        factory.Saves.BeforeNextSave(() => EditRoleAsync(network, contact.Id, "Professor"));

        using var response = await network.Client.SubmitAsync(page, "#archive-form");

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id));
        Assert.Equal((archivedAfter, "Professor"), (saved.IsArchived, saved.Role));
    }

    [SkippableFact]
    public async Task A_touch_logged_during_an_edit_of_the_contact_is_kept_with_the_edit()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Frances", "Allen");
        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        factory.Saves.BeforeNextSave(() => EditRoleAsync(network, contact.Id, "Fellow"));

        using var response = await network.Client.SubmitAsync(page, "#log-touch", new Dictionary<string, string?> { ["Touch.Summary"] = "Coffee" });

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Interactions).SingleAsync(c => c.Id == contact.Id));
        Assert.Equal("Fellow", saved.Role);
        Assert.Equal("Coffee", Assert.Single(saved.Interactions).Summary);
        Assert.NotNull(saved.LastTouchUtc);
    }

    /// <summary>Another request's edit of the contact, which gives it a new version.</summary>
    private static Task<Contact> EditRoleAsync(Network network, int contactId, string role) =>
        network.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
            contact.Role = role;
            return contact;
        });
}

public sealed class SaveRaceTestsOnSqlite(SqliteAppFactory factory) : SaveRaceTests<SqliteAppFactory>(factory);

public sealed class SaveRaceTestsOnPostgres(PostgresAppFactory factory) : SaveRaceTests<PostgresAppFactory>(factory);
