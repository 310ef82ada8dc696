using System.Net;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using InfoInterviews.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages;

public abstract class SearchTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static List<string> Found(HtmlPage page, string group) =>
        page.Document.QuerySelectorAll($"#search-{group} li > a").Select(a => a.TextContent).ToList();

    private static List<string> ListedContacts(HtmlPage page) =>
        page.Document.QuerySelectorAll("#contacts tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    private static RenderedMarkdown? Markdown(string text) => RenderedMarkdown.Of(text, new MarkdownRenderer());

    [SkippableTheory]
    [InlineData("garcia")]
    [InlineData("GARCIA")]
    [InlineData("gar")]
    [InlineData("maría GARC")]
    public async Task An_accented_name_is_found_from_any_case_without_accents_and_from_the_start_of_its_words(string term)
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("María", "García");
        await network.AddContactAsync("Edgar", "Wright");

        var list = await network.Client.GetPageAsync($"/Contacts?q={Uri.EscapeDataString(term)}");
        var search = await network.Client.GetPageAsync($"/Search?q={Uri.EscapeDataString(term)}");

        Assert.Equal(["María García"], ListedContacts(list));
        Assert.Equal(["María García"], Found(search, "contacts"));
    }

    [SkippableFact]
    public async Task Every_word_must_match()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Ada", "Lovelace", company: "Analytical Engines");
        await network.AddContactAsync("Ada", "Byron");

        Assert.Equal(["Ada Lovelace"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=ada%20analyt")));
    }

    [SkippableFact]
    public async Task A_renamed_company_finds_its_contacts_by_the_new_name_only()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Rene", "Renamer", company: "Contoso Pharma");

        var form = await network.Client.GetPageAsync($"/Companies/{contact.CompanyId}/Edit");
        using var saved = await network.Client.SubmitAsync(form, "#company-form", new Dictionary<string, string?> { ["Input.Name"] = "Northwind Biologics" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Rene Renamer"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=northwind")));
        Assert.Empty(ListedContacts(await network.Client.GetPageAsync("/Contacts?q=contoso")));
        Assert.Equal(["Northwind Biologics"], Found(await network.Client.GetPageAsync("/Search?q=biolog"), "companies"));
    }

    [SkippableFact]
    public async Task An_edited_contact_is_found_by_its_new_notes_role_and_email_and_no_longer_by_the_old_notes()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Nora", "Notes", configure: c => c.WriteNotes(Markdown("Talked about aquariums")));

        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");
        using var saved = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.Notes"] = "Talked about *volcanoes* and lava",
            ["Input.Role"] = "Geologist",
            ["Input.Email"] = "nora@magma.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Nora Notes"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=volcano")));
        Assert.Equal(["Nora Notes"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=geolog")));
        Assert.Equal(["Nora Notes"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=magma")));
        Assert.Empty(ListedContacts(await network.Client.GetPageAsync("/Contacts?q=aquarium")));
    }

    [SkippableFact]
    public async Task A_deleted_contact_is_not_found()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Dora", "Deleted");
        await network.AddContactAsync("Dora", "Kept");

        var confirm = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Delete");
        using var deleted = await network.Client.SubmitAsync(confirm, "#delete-form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(["Dora Kept"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=dora")));
        Assert.Equal(["Dora Kept"], Found(await network.Client.GetPageAsync("/Search?q=dora"), "contacts"));
    }

    [SkippableFact]
    public async Task Accents_in_free_text_are_ignored_too()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Carl", "Cafe", configure: c =>
        {
            c.Role = "Directeur général";
            c.WriteNotes(Markdown("Met at Café Müller"));
        });

        Assert.Equal(["Carl Cafe"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=muller")));
        Assert.Equal(["Carl Cafe"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=GENERAL")));
    }

    [SkippableFact]
    public async Task A_merged_away_contact_is_not_found_and_the_survivor_is()
    {
        using var network = await Network.SignInAsync(factory);
        var survivor = await network.AddContactAsync("Mia", "Merged");
        var other = await network.AddContactAsync("Mia", "Mergedaway");

        var form = await network.Client.GetPageAsync($"/Contacts/{survivor.Id}/Merge/{other.Id}");
        using var merged = await network.Client.SubmitAsync(form, "#merge-form");

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(["Mia Merged"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=mia")));
    }

    [SkippableFact]
    public async Task An_imported_contact_is_found()
    {
        using var network = await Network.SignInAsync(factory);
        var form = await network.Client.GetPageAsync("/Import");
        using var uploaded = await network.Client.UploadAsync(
            form, "#import-form", "Input.File", "Connections.csv", Encoding.UTF8.GetBytes("First Name,Last Name,URL,Company\nIsidora,Importée,,Ímport Works\n"));
        using var confirmed = await network.Client.SubmitAsync(await network.Client.FollowAsync(uploaded), "#confirm-form");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(["Isidora Importée"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=importee")));
        Assert.Equal(["Isidora Importée"], ListedContacts(await network.Client.GetPageAsync("/Contacts?q=import%20work")));
    }

    [SkippableFact]
    public async Task Removed_sample_data_is_not_found_though_removal_deletes_in_bulk()
    {
        using var network = await Network.SignInAsync(factory);
        using var loaded = await network.Client.PostAsync("/SampleData?handler=Load", new Dictionary<string, string>());
        var sample = await network.WithDbAsync(db => db.Contacts.Where(c => c.IsSample).OrderBy(c => c.Id).Select(c => c.FullName).FirstAsync());
        var query = $"/Search?q={Uri.EscapeDataString(sample)}";
        Assert.Contains(sample, Found(await network.Client.GetPageAsync(query), "contacts"));

        using var removed = await network.Client.SubmitAsync(await network.Client.GetPageAsync("/SampleData"), "#remove-sample-form");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Nothing matches", (await network.Client.GetPageAsync(query)).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Another_users_contacts_companies_and_interviews_are_never_found()
    {
        using var owner = await Network.SignInAsync(factory);
        await owner.AddContactAsync("Quentin", "Quokka", company: "Quokka Holdings");
        await owner.AddInterviewAsync("Quokka Interviewee");
        using var intruder = await Network.SignInAsync(factory);

        var seen = await intruder.Client.GetPageAsync("/Search?q=quokka");

        Assert.Contains("Nothing matches", seen.Find("#search-nothing").TextContent, StringComparison.Ordinal);
        Assert.Empty(ListedContacts(await intruder.Client.GetPageAsync("/Contacts?q=quokka")));
        var own = await owner.Client.GetPageAsync("/Search?q=quokka");
        Assert.Equal(["Quentin Quokka", "Quokka Interviewee"], Found(own, "contacts").Order());
        Assert.Equal(["Quokka Holdings"], Found(own, "companies"));
        Assert.Single(Found(own, "interviews"));
    }

    [SkippableTheory]
    [InlineData("lighthouse")]
    [InlineData("tidal")]
    [InlineData("barnacles")]
    public async Task An_interview_is_found_by_its_goal_notes_and_answers(string term)
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync("Ivy Interviewed");
        await network.AddInterviewAsync("Other Interviewed");
        await network.AddQuestionsAsync(interview.Id, "What surprised you?");
        await network.WithDbAsync(async db =>
        {
            var saved = await db.InterviewRequests.Include(r => r.Questions).SingleAsync(r => r.Id == interview.Id);
            saved.Goal = "Learn how a lighthouse keeper trains";
            saved.WriteNotes(Markdown("Mostly about tidal charts"));
            saved.Questions.Single().Answer = "The barnacles";
            return saved;
        });

        var search = await network.Client.GetPageAsync($"/Search?q={term}");
        var list = await network.Client.GetPageAsync($"/Interviews?q={term}");

        Assert.Equal([$"Ivy Interviewed: {InterviewPurpose.Job.DisplayName()}"], Found(search, "interviews"));
        Assert.Contains("Ivy Interviewed", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other Interviewed", list.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_name_match_ranks_above_a_match_in_the_notes()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Aaron", "Anders", configure: c => c.WriteNotes(Markdown("Grows an orchid or two")));
        await network.AddContactAsync("Olive", "Orchid");

        Assert.Equal(["Olive Orchid", "Aaron Anders"], Found(await network.Client.GetPageAsync("/Search?q=orchid"), "contacts"));
    }

    [SkippableFact]
    public async Task Each_group_shows_its_first_rows_and_links_to_the_list_for_more()
    {
        using var network = await Network.SignInAsync(factory);
        for (var i = 0; i <= SearchModel.PerGroup; i++)
        {
            await network.AddContactAsync($"Cap{i}", "Capped");
        }

        var page = await network.Client.GetPageAsync("/Search?q=capped");

        Assert.Equal(SearchModel.PerGroup, Found(page, "contacts").Count);
        var more = page.Find("#search-contacts a[href^='/Contacts?']").GetAttribute("href")!;
        Assert.Equal(SearchModel.PerGroup + 1, ListedContacts(await network.Client.GetPageAsync(more)).Count);
        Assert.Null(page.Document.QuerySelector("#search-companies a[href^='/Companies?']"));
    }

    [SkippableFact]
    public async Task The_search_page_sends_as_many_commands_for_many_hits_as_for_one()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Solo", "Single");
        for (var i = 0; i < 4; i++)
        {
            await network.AddContactAsync($"Many{i}", "Multiple", company: "Multiple Works");
            await network.AddInterviewAsync($"Multiple Person{i}");
        }

        var one = await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/Search?q=single"));
        var many = await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/Search?q=multiple"));

        Assert.Equal(one, many);
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("\"unclosed phrase")]
    [InlineData("*")]
    [InlineData("gar*")]
    [InlineData("-garcia")]
    [InlineData("name:garcia")]
    [InlineData("(garcia")]
    [InlineData("garcia)")]
    [InlineData("NEAR(garcia maria)")]
    [InlineData("garcia AND OR NOT maria")]
    [InlineData("^garcia")]
    [InlineData("'; DROP TABLE \"Contacts\"; --")]
    [InlineData("100% _under\\score")]
    [InlineData("{garcia}")]
    [InlineData("🙂 ☃")]
    [InlineData("- - -")]
    public async Task Search_syntax_typed_into_any_search_box_is_plain_text(string term)
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("María", "García", company: "García Labs");
        var query = Uri.EscapeDataString(term);

        foreach (var page in new[] { "/Search", "/Contacts", "/Companies", "/Interviews" })
        {
            // GetPageAsync fails the test unless the answer is 200.
            await network.Client.GetPageAsync($"{page}?q={query}");
        }
    }

    [SkippableFact]
    public async Task Garcia_typed_with_search_syntax_around_it_is_still_found()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("María", "García");

        Assert.Equal(["María García"], Found(await network.Client.GetPageAsync("/Search?q=%22garcia%22%20(mar*"), "contacts"));
    }

    [SkippableFact]
    public async Task A_search_too_long_is_a_message_not_an_error()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync($"/Search?q={new string('a', 201)}");

        Assert.Contains("Search for at most 200 characters.", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_top_bar_has_a_labelled_search_box_that_opens_the_search_page()
    {
        using var network = await Network.SignInAsync(factory);

        var home = await network.Client.GetPageAsync("/");

        var form = home.Find("#top-search");
        Assert.Equal("/Search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(home.Document.QuerySelector("#top-search label[for='top-search-q']"));
        Assert.Equal("q", home.Find("#top-search-q").GetAttribute("name"));
    }
}

public sealed class SearchTestsOnSqlite(SqliteAppFactory factory) : SearchTests<SqliteAppFactory>(factory);

public sealed class SearchTestsOnPostgres(PostgresAppFactory factory) : SearchTests<PostgresAppFactory>(factory);
