using System.Net;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Export;
using InfoInterviews.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Import;

public abstract class ImportTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Preview_counts_new_present_changed_and_unreadable_rows_and_confirm_imports_them_once()
    {
        using var network = await Network.SignInAsync(factory);
        var tag = Network.Unique("p");
        await network.AddContactAsync("Ada", "Lovelace", company: "Babbage", configure: c =>
        {
            c.LinkedInUrl = $"https://linkedin.com/in/{tag}-ada/";
            c.Role = "Analyst";
        });
        var moved = await network.AddContactAsync("Alan", "Turing", company: "Bletchley", configure: c =>
        {
            c.Email = $"{tag}-alan@example.com";
            c.Role = "Cryptanalyst";
        });
        var file = $"""
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ada,Lovelace,https://www.linkedin.com/in/{tag}-ada?trk=x,,BABBAGE,analyst,15 Mar 2024
            Alan,Turing,https://www.linkedin.com/in/{tag}-alan,{tag}-ALAN@example.com,"Manchester, University of",Reader,1 Jun 2020
            Zoë,Müller,https://www.linkedin.com/in/{tag}-zoe,,{tag} Acme,Ingénieure,2 Jan 2023
            Grace,Hopper,https://www.linkedin.com/in/{tag}-grace,,{tag} ACME,Admiral,3 Feb 2021
            Broken,Row,https://www.linkedin.com/in/{tag}-broken,,Acme "Widgets,Boss,3 Feb 2020
            """;

        var preview = await UploadAsync(network, file);
        Assert.Equal(("2", "1", "1", "1"), Counts(preview));
        Assert.Contains("Reader at Manchester, University of", preview.Find("#changed").TextContent, StringComparison.Ordinal);
        Assert.Equal("9", preview.Find("#unreadable tbody td").TextContent);
        Assert.Empty(await network.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "Zoë").ToListAsync()));

        using var confirmed = await network.Client.SubmitAsync(preview, "#confirm-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/Contacts", confirmed.Headers.Location?.OriginalString);
        Assert.Contains("2 new contacts added, 1 job change recorded", (await network.Client.FollowAsync(confirmed)).Text, StringComparison.Ordinal);

        var contacts = await network.WithDbAsync(db => db.Contacts.Include(c => c.Company).Include(c => c.Interactions).ToDictionaryAsync(c => c.FirstName));
        Assert.Equal(4, contacts.Count);
        var zoe = contacts["Zoë"];
        Assert.Equal(("Müller", "Ingénieure", ContactSource.ExistingNetwork, new DateOnly(2023, 1, 2)), (zoe.LastName, zoe.Role, zoe.Source, zoe.ConnectedOn));
        Assert.Equal($"linkedin.com/in/{tag}-zoe", zoe.LinkedInKey);
        Assert.Same(zoe.Company, contacts["Grace"].Company);
        Assert.Equal($"{tag} Acme", zoe.Company!.Name);
        var alan = contacts["Alan"];
        Assert.Equal(("Manchester, University of", "Reader"), (alan.Company!.Name, alan.Role));
        Assert.Equal("Changed role: was Cryptanalyst at Bletchley.", Assert.Single(alan.Interactions).Summary);
        Assert.Equal(moved.Id, alan.Id);
        Assert.Empty(contacts["Ada"].Interactions);
        Assert.Equal(0, await network.WithDbAsync(db => db.ImportFiles.CountAsync()));

        var again = await UploadAsync(network, file);
        Assert.Equal(("0", "0", "4", "1"), Counts(again));
        Assert.Contains("Nothing to import", again.Find("#nothing-to-import").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_vcard_file_imports_every_field_through_the_same_preview_and_a_second_import_adds_nothing()
    {
        using var network = await Network.SignInAsync(factory);
        var tag = Network.Unique("v");
        await network.AddContactAsync("Alan", "Turing", company: "Bletchley", configure: c => c.Email = $"{tag}-alan@example.com");
        var cards = new VCard
        {
            FormattedName = "Zoë Müller",
            GivenName = "Zoë",
            FamilyName = "Müller",
            Emails = [$"{tag}-zoe@example.com"],
            Phones = ["+49 30 1234567"],
            Organization = $"{tag} Ørsted",
            Title = "Ingénieure",
            Url = $"https://www.linkedin.com/in/{tag}-zoe",
            Note = "Met at the **fair**",
        }.ToText() + new VCard { FormattedName = "Alan Turing", Emails = [$"{tag}-alan@example.com"], Organization = "Bletchley" }.ToText();

        var preview = await UploadAsync(network, cards, "contacts.vcf");
        Assert.Equal(("1", "0", "1", "0"), Counts(preview));
        using var confirmed = await network.Client.SubmitAsync(preview, "#confirm-form");
        Assert.Equal("/Contacts", confirmed.Headers.Location?.OriginalString);

        var zoe = await network.WithDbAsync(db => db.Contacts.Include(c => c.Company).SingleAsync(c => c.FirstName == "Zoë"));
        Assert.Equal(
            ("Müller", $"{tag}-zoe@example.com", "+49 30 1234567", $"{tag} Ørsted", "Ingénieure", $"https://www.linkedin.com/in/{tag}-zoe", "Met at the **fair**"),
            (zoe.LastName, zoe.Email, zoe.Phone, zoe.Company!.Name, zoe.Role, zoe.LinkedInUrl, zoe.Notes));
        Assert.Contains("<strong>fair</strong>", zoe.NotesHtml, StringComparison.Ordinal);
        Assert.Equal(("0", "0", "2", "0"), Counts(await UploadAsync(network, cards, "contacts.vcf")));
    }

    [SkippableFact]
    public async Task An_import_that_fails_half_way_changes_nothing_and_says_so()
    {
        using var network = await Network.SignInAsync(factory);
        var company = Network.Unique("Race");
        var preview = await UploadAsync(network, $"""
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            First,Person,,,Other {company},,
            Second,Person,,,{company},,
            """);

        // Another request adds a company the file names, between the import's lookup and its save.
        factory.Saves.BeforeNextSave(() => network.AddCompanyAsync(company.ToUpperInvariant()));
        using var response = await network.Client.SubmitAsync(preview, "#confirm-form");

        Assert.Equal(preview.Url.AbsolutePath, response.Headers.Location?.OriginalString);
        Assert.Contains("nothing was imported", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        Assert.Empty(await network.WithDbAsync(db => db.Contacts.ToListAsync()));
        Assert.Equal([company.ToUpperInvariant()], await network.WithDbAsync(db => db.Companies.Select(c => c.Name).ToListAsync()));
    }

    [SkippableTheory]
    [InlineData("Name,Phone\nAda,123\n", ConnectionsCsvReader.NoHeaderMessage)]
    [InlineData("PK\u0003\u0004\0\0", ImportText.NotTextMessage)]
    public async Task A_file_that_is_not_linkedins_export_is_refused_with_a_message_and_nothing_kept(string content, string message)
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Import");

        using var response = await network.Client.UploadAsync(form, "#import-form", "Input.File", "photo.csv", Encoding.UTF8.GetBytes(content));

        Assert.Contains(message, (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(0, await network.WithDbAsync(db => db.ImportFiles.CountAsync()));
    }

    [SkippableFact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_message()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Import");

        using var response = await network.Client.UploadAsync(form, "#import-form", "Input.File", "Connections.csv", new byte[ImportFile.MaxBytes + 1]);

        Assert.Contains("The file is larger than 5 MB.", (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(0, await network.WithDbAsync(db => db.ImportFiles.CountAsync()));
    }

    [SkippableFact]
    public async Task Preview_and_confirm_with_another_users_file_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var preview = await UploadAsync(owner, "First Name,Last Name,URL\nAda,Lovelace,\n");
        using var other = await Network.SignInAsync(factory);

        await other.Client.GetPageAsync(preview.Url.AbsolutePath, HttpStatusCode.NotFound);
        using var confirm = await other.Client.PostAsync(preview.Url.AbsolutePath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Empty(await owner.WithDbAsync(db => db.Contacts.ToListAsync()));
        Assert.Equal(1, await owner.WithDbAsync(db => db.ImportFiles.CountAsync()));
    }

    private static async Task<HtmlPage> UploadAsync(Network network, string content, string fileName = "Connections.csv")
    {
        var form = await network.Client.GetPageAsync("/Import");
        using var uploaded = await network.Client.UploadAsync(form, "#import-form", "Input.File", fileName, Encoding.UTF8.GetBytes(content));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        return await network.Client.FollowAsync(uploaded);
    }

    private static (string New, string Changed, string Present, string Unreadable) Counts(HtmlPage preview) => (
        preview.Find("#count-new").TextContent,
        preview.Find("#count-changed").TextContent,
        preview.Find("#count-present").TextContent,
        preview.Find("#count-unreadable").TextContent);
}

public sealed class ImportTestsOnSqlite(SqliteAppFactory factory) : ImportTests<SqliteAppFactory>(factory);

public sealed class ImportTestsOnPostgres(PostgresAppFactory factory) : ImportTests<PostgresAppFactory>(factory);
