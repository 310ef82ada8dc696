using System.Net;
using System.Text;
using System.Text.Json;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Export;

namespace InfoInterviews.Tests.Pages.Export;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task The_page_links_every_download()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync("/Export");

        Assert.Equal("/Export?handler=Json", page.Find("#export-json").GetAttribute("href"));
        Assert.Contains("list=contacts", page.Find("#export-contacts-csv").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/Export?handler=VCard", page.Find("#export-vcard").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Json_holds_everything_the_user_owns_and_nothing_of_another_user()
    {
        using var other = await Network.SignInAsync(factory);
        await other.AddContactAsync("Someone", "Else", company: "Elsewhere Ltd");
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Zoë", "Müller", company: "Ørsted", configure: c => c.Email = "zoe@example.com");
        await network.AddTagAsync("energy", contact.Id);
        var interview = await network.AddInterviewAsync("Ada", InterviewStatus.Requested);
        await network.AddQuestionsAsync(interview.Id, "What does a day look like?");
        await network.AddFollowUpAsync(contact.Id, title: "Send the article");
        await network.AddOpportunityAsync("Wind analyst", configure: o => o.ContactId = contact.Id);
        await network.AddQuestionSetAsync("My set", "Why this field?");
        await network.AddTemplateAsync("My template");

        using var response = await network.Client.Http.GetAsync("/Export?handler=Json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(WorkspaceDocument.Format, root.GetProperty("format").GetString());
        Assert.Equal(WorkspaceDocument.Version, root.GetProperty("version").GetInt32());
        Assert.False(root.TryGetProperty("personalData", out _));
        var exported = root.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal([null, "Müller"], exported.Select(c => c.GetProperty("lastName").GetString()).Order());
        var zoe = exported.Single(c => c.GetProperty("firstName").GetString() == "Zoë");
        Assert.Equal("zoe@example.com", zoe.GetProperty("email").GetString());
        Assert.Equal("ExistingNetwork", zoe.GetProperty("source").GetString());
        var company = Assert.Single(root.GetProperty("companies").EnumerateArray());
        Assert.Equal(("Ørsted", company.GetProperty("id").GetInt32()), (company.GetProperty("name").GetString(), zoe.GetProperty("companyId").GetInt32()));
        var tag = Assert.Single(root.GetProperty("tags").EnumerateArray());
        var contactTag = Assert.Single(root.GetProperty("contactTags").EnumerateArray());
        Assert.Equal((tag.GetProperty("id").GetInt32(), contact.Id), (contactTag.GetProperty("tagId").GetInt32(), contactTag.GetProperty("contactId").GetInt32()));
        Assert.Equal("Requested", Assert.Single(root.GetProperty("interviews").EnumerateArray()).GetProperty("status").GetString());
        Assert.NotEmpty(root.GetProperty("interviewStatusChanges").EnumerateArray());
        Assert.Equal("What does a day look like?", Assert.Single(root.GetProperty("interviewQuestions").EnumerateArray()).GetProperty("text").GetString());
        Assert.Contains(root.GetProperty("followUps").EnumerateArray(), f => f.GetProperty("title").GetString() == "Send the article");
        Assert.Equal(contact.Id, Assert.Single(root.GetProperty("opportunities").EnumerateArray()).GetProperty("contactId").GetInt32());
        Assert.Contains(root.GetProperty("questionSets").EnumerateArray(), s => s.GetProperty("name").GetString() == "My set");
        Assert.Contains(root.GetProperty("questions").EnumerateArray(), q => q.GetProperty("text").GetString() == "Why this field?");
        Assert.Contains(root.GetProperty("templates").EnumerateArray(), t => t.GetProperty("name").GetString() == "My template");
        Assert.DoesNotContain("Elsewhere Ltd", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Contacts_csv_names_the_company_and_tags_keeps_accents_and_writes_formulas_as_text()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Zoë", "Müller, Jr.", company: "Ørsted", configure: c => c.Role = "=HYPERLINK(\"http://evil\")");
        await network.AddTagAsync("wind", contact.Id);

        using var response = await network.Client.Http.GetAsync("/Export?handler=Csv&list=contacts");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("First name,Last name,Email,Phone,LinkedIn,Company,Role,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Zoë,\"Müller, Jr.\",,,,Ørsted,\"'=HYPERLINK(\"\"http://evil\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Existing network,,,wind,", lines[1], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("interviews", "Contact,Company,Introduced by,Purpose", "Grace,,,A specific job,How the team works,Email,Requested,")]
    [InlineData("follow-ups", "Contact,Kind,Title,Due (UTC)", "Grace,")]
    [InlineData("opportunities", "Title,Kind,Status,Learned of on", "Found role,Role not advertised,Learned of,")]
    public async Task Each_list_downloads_as_csv_with_its_rows(string list, string header, string row)
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddInterviewAsync("Grace", InterviewStatus.Requested);
        await network.AddOpportunityAsync("Found role");

        using var response = await network.Client.Http.GetAsync($"/Export?handler=Csv&list={list}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith(header, lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith(row, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_unknown_list_is_404()
    {
        using var network = await Network.SignInAsync(factory);

        using var response = await network.Client.Http.GetAsync("/Export?handler=Csv&list=passwords");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task All_contacts_download_as_vcards_that_read_back_with_their_fields()
    {
        using var other = await Network.SignInAsync(factory);
        await other.AddContactAsync("Not", "Mine");
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Zoë", "Müller", company: "Ørsted; Wind, A/S", configure: c =>
        {
            c.Email = "zoe@example.com";
            c.Phone = "+45 99 55 11 11";
            c.Role = "Head of hiring";
            c.LinkedInUrl = "https://www.linkedin.com/in/zoe-muller";
        });
        await network.AddContactAsync("Ada");

        using var response = await network.Client.Http.GetAsync("/Export?handler=VCard");

        Assert.Equal("text/vcard", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("contacts.vcf", response.Content.Headers.ContentDisposition?.FileName);
        var file = VCard.Read(new StringReader(await response.Content.ReadAsStringAsync()));
        Assert.Empty(file.Problems);
        Assert.Equal(["Ada", "Zoë Müller"], file.Cards.Select(c => c.FormattedName).Order());
        var zoe = file.Cards.Single(c => c.GivenName == "Zoë");
        Assert.Equal(
            ("Müller", "zoe@example.com", "+45 99 55 11 11", "Ørsted; Wind, A/S", "Head of hiring", "https://www.linkedin.com/in/zoe-muller"),
            (zoe.FamilyName, Assert.Single(zoe.Emails), Assert.Single(zoe.Phones), zoe.Organization, zoe.Title, zoe.Url));
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
