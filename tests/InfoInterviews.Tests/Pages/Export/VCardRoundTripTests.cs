using System.Net;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Export;

/// <summary>A contact exported as a vCard and imported into a new account keeps every field a card carries.</summary>
public abstract class VCardRoundTripTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Notes =
        "Met at the Ørsted open day, Esbjerg; she said: \"apply in spring, not autumn\", and to ask Søren about the graduate scheme.\n"
        + "Second line: ünïcödé, commas, semicolons; and a backslash \\ too — long enough that the card folds this line.";

    [SkippableTheory]
    [InlineData("one")]
    [InlineData("all")]
    public async Task A_contact_exported_as_a_card_and_imported_into_a_new_account_keeps_every_field(string export)
    {
        using var original = await Network.SignInAsync(factory);
        var contact = await original.AddContactAsync("Zoë", "Müller; Jr., née Østergård", company: "Ørsted; Wind, A/S", configure: c =>
        {
            c.Email = "zoe.muller@example.com";
            c.Phone = "+45 99 55 11 11";
            c.Role = "Head of hiring, Europe; Wind";
            c.LinkedInUrl = "https://www.linkedin.com/in/zoe-muller";
            c.WriteNotes(new RenderedMarkdown(Notes, "<p>notes</p>"));
        });
        var url = export == "one"
            ? (await original.Client.GetPageAsync($"/Contacts/{contact.Id}")).Find("#export-vcard").GetAttribute("href")!
            : (await original.Client.GetPageAsync("/Export")).Find("#export-vcard").GetAttribute("href")!;
        using var download = await original.Client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var card = await download.Content.ReadAsByteArrayAsync();
        Assert.Contains("\r\n ", Encoding.UTF8.GetString(card), StringComparison.Ordinal);

        using var imported = await Network.SignInAsync(factory);
        var form = await imported.Client.GetPageAsync("/Import");
        using var uploaded = await imported.Client.UploadAsync(form, "#import-form", "Input.File", "contacts.vcf", card);
        var preview = await imported.Client.FollowAsync(uploaded);
        Assert.Equal("1", preview.Find("#count-new").TextContent);
        using var confirmed = await imported.Client.SubmitAsync(preview, "#confirm-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var copy = await imported.WithDbAsync(db => db.Contacts.AsNoTracking().Include(c => c.Company).SingleAsync());
        Assert.Equal(
            ("Zoë", "Müller; Jr., née Østergård", "zoe.muller@example.com", "+45 99 55 11 11", "Ørsted; Wind, A/S"),
            (copy.FirstName, copy.LastName, copy.Email, copy.Phone, copy.Company?.Name));
        Assert.Equal(("Head of hiring, Europe; Wind", "https://www.linkedin.com/in/zoe-muller", Notes), (copy.Role, copy.LinkedInUrl, copy.Notes));
    }
}

public sealed class VCardRoundTripTestsOnSqlite(SqliteAppFactory factory) : VCardRoundTripTests<SqliteAppFactory>(factory);

public sealed class VCardRoundTripTestsOnPostgres(PostgresAppFactory factory) : VCardRoundTripTests<PostgresAppFactory>(factory);
