using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class CreateTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Post_adds_the_contact_with_every_field_and_redirects_to_it()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Contacts/Create");

        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = " Katherine ",
            ["Input.LastName"] = "Johnson",
            ["Input.Email"] = "katherine@orbit.example",
            ["Input.Phone"] = "+1 (757) 555-0100",
            ["Input.LinkedInUrl"] = "https://www.linkedin.com/in/kjohnson",
            ["Input.CompanyName"] = "Orbital Mechanics",
            ["Input.Role"] = "Mathematician",
            ["Input.Location"] = "Hampton",
            ["Input.Source"] = "Event",
            ["Input.Tags"] = "space,  space , Trajectories",
            ["Input.KeepInTouchDays"] = "45",
            ["Input.Notes"] = "Checked the **numbers**.",
        });

        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Company).Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync());
        Assert.Equal($"/Contacts/{saved.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Katherine", "Johnson", "katherine@orbit.example", "+1 (757) 555-0100"), (saved.FirstName, saved.LastName, saved.Email, saved.Phone));
        Assert.Equal(("https://www.linkedin.com/in/kjohnson", "Mathematician", "Hampton", ContactSource.Event), (saved.LinkedInUrl, saved.Role, saved.Location, saved.Source));
        Assert.Equal("Orbital Mechanics", saved.Company?.Name);
        Assert.Equal(["space", "Trajectories"], saved.Tags.Select(t => t.Tag!.Name).Order());
        Assert.Equal(45, saved.KeepInTouchDays);
        Assert.Equal("Checked the **numbers**.", saved.Notes);
        var details = await network.Client.FollowAsync(response);
        Assert.Contains("Katherine Johnson was added.", details.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_name_already_saved_warns_with_a_link_to_the_contact_and_adds_nothing_until_added_anyway()
    {
        using var network = await Network.SignInAsync(factory);
        var existing = await network.AddContactAsync("Émilie", "du Châtelet");
        var form = await network.Client.GetPageAsync("/Contacts/Create");

        using var warned = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "emilie",
            ["Input.LastName"] = "DU CHATELET",
            ["Input.Role"] = "Physicist",
        });

        var page = await AppClient.ReadPageAsync(warned);
        Assert.Equal($"/Contacts/{existing.Id}", page.Find("#possible-duplicates a").GetAttribute("href"));
        Assert.Equal("Physicist", page.Find("#Input_Role").GetAttribute("value"));
        Assert.Equal(1, await network.WithDbAsync(db => db.Contacts.CountAsync()));
        using var added = await network.Client.SubmitAsync(page, "#contact-form", submitButtonSelector: "#add-anyway");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(2, await network.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [SkippableTheory]
    [InlineData("Input.Email", " ADA@Example.com")]
    [InlineData("Input.LinkedInUrl", "http://linkedin.com/in/ada-lovelace?trk=1")]
    public async Task An_email_or_linkedin_address_already_saved_under_another_name_warns(string field, string value)
    {
        using var network = await Network.SignInAsync(factory);
        var existing = await network.AddContactAsync("Ada", "Lovelace", configure: c =>
        {
            c.Email = "ada@example.com";
            c.LinkedInUrl = "https://www.linkedin.com/in/ada-lovelace/";
        });
        var form = await network.Client.GetPageAsync("/Contacts/Create");

        using var warned = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Augusta",
            ["Input.LastName"] = "King",
            [field] = value,
        });

        Assert.Equal($"/Contacts/{existing.Id}", (await AppClient.ReadPageAsync(warned)).Find("#possible-duplicates a").GetAttribute("href"));
        Assert.Equal(1, await network.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [SkippableFact]
    public async Task A_typed_company_and_tags_reuse_the_users_own_whatever_their_case()
    {
        using var network = await Network.SignInAsync(factory);
        var existing = await network.AddContactAsync("Mary", "Jackson", company: "Wind Tunnels");
        await network.AddTagAsync("Engineers", existing.Id);
        var form = await network.Client.GetPageAsync("/Contacts/Create");

        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Dorothy",
            ["Input.CompanyName"] = "WIND tunnels",
            ["Input.Tags"] = "engineers",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (companies, tags, dorothy) = await network.WithDbAsync(async db => (
            await db.Companies.CountAsync(),
            await db.Tags.CountAsync(),
            await db.Contacts.Include(c => c.Tags).SingleAsync(c => c.FirstName == "Dorothy")));
        Assert.Equal((1, 1), (companies, tags));
        Assert.Equal(existing.CompanyId, dorothy.CompanyId);
        Assert.Single(dorothy.Tags);
    }

    [SkippableFact]
    public async Task Post_with_bad_values_shows_each_message_and_adds_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Contacts/Create");

        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "  ",
            ["Input.Email"] = "not-an-address",
            ["Input.LinkedInUrl"] = "linkedin/in/someone",
            ["Input.Role"] = new string('r', Contact.RoleMaxLength + 1),
            ["Input.KeepInTouchDays"] = "0",
        });

        var page = await AppClient.ReadPageAsync(response);
        Assert.Contains("Enter a first name.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Enter an email address such as name@example.com.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Enter the full LinkedIn address, starting with https://.", page.Text, StringComparison.Ordinal);
        Assert.Contains("A role has at most 150 characters.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Keep in touch every 1 to 3650 days, or leave it empty.", page.Text, StringComparison.Ordinal);
        Assert.False(await network.WithDbAsync(db => db.Contacts.AnyAsync()));
    }

    [SkippableFact]
    public async Task An_unknown_introducer_or_a_tag_too_long_is_refused_with_a_message()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Contacts/Create");

        using var unknown = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Ida",
            ["Input.IntroducedBy"] = "Nobody Known",
        });
        using var longTag = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Ida",
            ["Input.Tags"] = "fine, " + new string('t', Tag.NameMaxLength + 1),
        });

        Assert.Contains("No contact is called \"Nobody Known\".", (await AppClient.ReadPageAsync(unknown)).Text, StringComparison.Ordinal);
        Assert.Contains("a tag has at most 50 characters", (await AppClient.ReadPageAsync(longTag)).Text, StringComparison.Ordinal);
        Assert.False(await network.WithDbAsync(db => db.Contacts.AnyAsync()));
    }

    [SkippableFact]
    public async Task Opened_from_a_contact_the_form_names_the_introducer_and_saves_the_link()
    {
        using var network = await Network.SignInAsync(factory);
        var introducer = await network.AddContactAsync("Joan", "Clarke");
        await network.AddContactAsync("Joan", "Clarke");

        var form = await network.Client.GetPageAsync($"/Contacts/Create?introducedById={introducer.Id}");
        Assert.Equal("Joan Clarke", form.Find("#Input_IntroducedBy").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.FirstName"] = "Alan" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var alan = await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.FirstName == "Alan"));
        Assert.Equal(introducer.Id, alan.IntroducedById);
        Assert.Equal(ContactSource.Introduced, alan.Source);
    }

    [SkippableFact]
    public async Task Get_with_another_users_contact_or_company_returns_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync("Hedy", "Lamarr", company: "Frequency Hopping");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Contacts/Create?introducedById={contact.Id}", HttpStatusCode.NotFound);
        await intruder.Client.GetPageAsync($"/Contacts/Create?companyId={contact.CompanyId}", HttpStatusCode.NotFound);
    }
}

public sealed class CreateTestsOnSqlite(SqliteAppFactory factory) : CreateTests<SqliteAppFactory>(factory);

public sealed class CreateTestsOnPostgres(PostgresAppFactory factory) : CreateTests<PostgresAppFactory>(factory);
