using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.Contacts;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Get_shows_the_contact_and_post_saves_the_changes()
    {
        using var network = await Network.SignInAsync(factory);
        var introducer = await network.AddContactAsync("Radia", "Perlman");
        var contact = await network.AddContactAsync("Vint", "Cerf", company: "Packets Inc", configure: c => c.IntroducedById = introducer.Id);
        await network.AddTagAsync("networks", contact.Id);
        await network.AddTagAsync("old", contact.Id);

        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");
        Assert.Equal("Packets Inc", form.Find("#Input_CompanyName").GetAttribute("value"));
        Assert.Equal("networks, old", form.Find("#Input_Tags").GetAttribute("value"));
        Assert.Equal("Radia Perlman", form.Find("#Input_IntroducedBy").GetAttribute("value"));
        using var response = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.Role"] = "Chief evangelist",
            ["Input.CompanyName"] = "",
            ["Input.Tags"] = "networks, protocols",
        });

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync(c => c.Id == contact.Id));
        Assert.Equal("Chief evangelist", saved.Role);
        Assert.Null(saved.CompanyId);
        Assert.Equal(introducer.Id, saved.IntroducedById);
        Assert.Equal(["networks", "protocols"], saved.Tags.Select(t => t.Tag!.Name).Order());
    }

    [SkippableFact]
    public async Task How_the_user_knows_them_is_saved_tidied_shown_on_the_contact_and_kept_within_its_limit()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Frances", "Allen");
        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");

        using var tooLong = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.Connection"] = new string('c', Contact.ConnectionMaxLength + 1),
        });
        Assert.Contains($"How you know them has at most {Contact.ConnectionMaxLength} characters.", (await AppClient.ReadPageAsync(tooLong)).Text, StringComparison.Ordinal);
        using var saved = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.Connection"] = "  We met at   the compilers meetup ",
        });

        Assert.Equal("We met at the compilers meetup", (await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).Connection);
        Assert.Equal("We met at the compilers meetup", (await network.Client.FollowAsync(saved)).Find("#connection").TextContent);
        Assert.Equal("We met at the compilers meetup", (await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit")).Find("#Input_Connection").GetAttribute("value"));
    }

    [SkippableFact]
    public async Task A_second_edit_from_an_older_form_shows_a_conflict_and_keeps_the_first()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Barbara", "Liskov");
        var first = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");
        var second = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");

        using var saved = await network.Client.SubmitAsync(first, "#contact-form", new Dictionary<string, string?> { ["Input.Role"] = "Professor" });
        using var conflicted = await network.Client.SubmitAsync(second, "#contact-form", new Dictionary<string, string?> { ["Input.Role"] = "Turing laureate" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(EditModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal("Turing laureate", page.Find("#Input_Role").GetAttribute("value"));
        Assert.Equal("Professor", (await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).Role);
    }

    [SkippableFact]
    public async Task Post_with_bad_values_or_itself_as_introducer_changes_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Frances", "Allen");
        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");

        using var badEmail = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.Email"] = "frances-at-example", ["Input.Role"] = "Changed" });
        using var self = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.IntroducedBy"] = "frances allen", ["Input.Role"] = "Changed" });

        Assert.Contains("Enter an email address such as name@example.com.", (await AppClient.ReadPageAsync(badEmail)).Text, StringComparison.Ordinal);
        Assert.Contains("Someone else has to make the introduction: a contact cannot introduce themselves.", (await AppClient.ReadPageAsync(self)).Text, StringComparison.Ordinal);
        Assert.Null((await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).Role);
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync("Adele", "Goldberg");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Contacts/{contact.Id}/Edit", new Dictionary<string, string> { ["Input.FirstName"] = "Stolen" });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Adele", (await owner.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).FirstName);
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
