using System.Collections.Concurrent;
using System.Data.Common;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class IndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static List<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("#contacts tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    [SkippableFact]
    public async Task Without_contacts_the_page_invites_adding_the_first_one()
    {
        using var network = await Network.SignInAsync(factory);

        var page = await network.Client.GetPageAsync("/Contacts");

        Assert.Contains("No contacts yet", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Contacts/Create']"));
    }

    [SkippableFact]
    public async Task Search_matches_name_company_role_email_and_notes_without_regard_to_case()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Ada", "Lovelace");
        await network.AddContactAsync("Bea", "Byron", company: "Analytical Engines");
        await network.AddContactAsync("Cid", null, configure: c => c.Role = "Chief Mathematician");
        await network.AddContactAsync("Dot", null, configure: c => c.Email = "dot@Babbage.example");
        await network.AddContactAsync("Eve", null, configure: c => c.WriteNotes(RenderedMarkdown.Of("Met at the *Difference* meetup", new MarkdownRenderer())));
        await network.AddContactAsync("Fay", null, configure: c => c.WriteNotes(RenderedMarkdown.Of("100% sure", new MarkdownRenderer())));

        Assert.Equal(["Ada Lovelace"], Names(await network.Client.GetPageAsync("/Contacts?q=ada%20LOVE")));
        Assert.Equal(["Bea Byron"], Names(await network.Client.GetPageAsync("/Contacts?q=engINES")));
        Assert.Equal(["Cid"], Names(await network.Client.GetPageAsync("/Contacts?q=mathem")));
        Assert.Equal(["Dot"], Names(await network.Client.GetPageAsync("/Contacts?q=BABBAGE")));
        Assert.Equal(["Eve"], Names(await network.Client.GetPageAsync("/Contacts?q=difference")));
        Assert.Equal(["Fay"], Names(await network.Client.GetPageAsync("/Contacts?q=100%25")));
        var none = await network.Client.GetPageAsync("/Contacts?q=nobody-here");
        Assert.Contains("No contacts match these filters.", none.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Filters_by_tag_company_source_and_days_without_a_touch()
    {
        using var network = await Network.SignInAsync(factory);
        var tagged = await network.AddContactAsync("Tia", "Tagged");
        await network.AddTagAsync("fintech", tagged.Id);
        var employed = await network.AddContactAsync("Carl", "Employed", company: "Filter Works");
        await network.AddContactAsync("Ali", "Alumnus", configure: c => c.Source = ContactSource.Alumni);
        await network.AddContactAsync("Rita", "Recent", configure: c => c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-3), null));
        await network.AddContactAsync("Olga", "Old", configure: c => c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-40), null));
        var tagId = await network.WithDbAsync(db => db.Tags.Select(t => t.Id).SingleAsync());

        Assert.Equal(["Tia Tagged"], Names(await network.Client.GetPageAsync($"/Contacts?tag={tagId}")));
        Assert.Equal(["Carl Employed"], Names(await network.Client.GetPageAsync($"/Contacts?company={employed.CompanyId}")));
        Assert.Equal(["Ali Alumnus"], Names(await network.Client.GetPageAsync("/Contacts?source=Alumni")));
        var quiet = Names(await network.Client.GetPageAsync("/Contacts?quiet=30"));
        Assert.Contains("Olga Old", quiet);
        Assert.DoesNotContain("Rita Recent", quiet);
        Assert.Contains("Tia Tagged", quiet);
    }

    [SkippableFact]
    public async Task Filters_by_tag_and_company_name_whatever_case_and_accents_and_shows_the_name()
    {
        using var network = await Network.SignInAsync(factory);
        var tagged = await network.AddContactAsync("Tia", "Tagged");
        await network.AddTagAsync("Économie", tagged.Id);
        var employed = await network.AddContactAsync("Carl", "Employed", company: "Société Générale");
        await network.AddContactAsync("Nora", "Neither");

        var byTag = await network.Client.GetPageAsync("/Contacts?tag=ECONOMIE");
        var byCompany = await network.Client.GetPageAsync("/Contacts?company=societe%20generale");
        var byCompanyLink = await network.Client.GetPageAsync($"/Contacts?company={employed.CompanyId}");

        Assert.Equal(["Tia Tagged"], Names(byTag));
        Assert.Equal("Économie", byTag.Find("#tag").GetAttribute("value"));
        Assert.Equal(["Carl Employed"], Names(byCompany));
        Assert.Equal("Société Générale", byCompany.Find("#company").GetAttribute("value"));
        Assert.Equal(["Carl Employed"], Names(byCompanyLink));
        Assert.Equal("Société Générale", byCompanyLink.Find("#company").GetAttribute("value"));
    }

    [SkippableFact]
    public async Task The_tag_and_company_filters_are_name_fields_with_suggestions_not_a_list_of_every_name()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Lia", "Listed", company: "Only Listed Here");
        await network.AddTagAsync("only-listed-tag");

        var page = await network.Client.GetPageAsync("/Contacts");

        Assert.Equal("/Tags/Suggest", page.Find("input#tag").GetAttribute("data-suggest"));
        Assert.Equal("/Companies/Suggest", page.Find("input#company").GetAttribute("data-suggest"));
        Assert.DoesNotContain("Only Listed Here", page.Find("#filters").TextContent + page.Find("#filters").InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("only-listed-tag", page.Find("#filters").InnerHtml, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_tag_or_company_the_user_does_not_have_shows_a_message_and_lists_everyone()
    {
        using var network = await Network.SignInAsync(factory);
        using var stranger = await Network.SignInAsync(factory);
        var theirs = await stranger.AddCompanyAsync("Stranger Holdings");
        await network.AddContactAsync("Una", "Unfiltered");

        var byName = await network.Client.GetPageAsync("/Contacts?company=Stranger%20Holdings&tag=nowhere");
        var byId = await network.Client.GetPageAsync($"/Contacts?company={theirs.Id}");

        Assert.Contains("You have no company named “Stranger Holdings”.", byName.Text, StringComparison.Ordinal);
        Assert.Contains("You have no tag named “nowhere”.", byName.Text, StringComparison.Ordinal);
        Assert.Equal(["Una Unfiltered"], Names(byName));
        Assert.Contains($"You have no company named “{theirs.Id}”.", byId.Text, StringComparison.Ordinal);
        Assert.Equal(["Una Unfiltered"], Names(byId));
    }

    [SkippableFact]
    public async Task A_days_filter_out_of_range_shows_a_message_and_lists_everyone()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Nia", "Negative");

        var page = await network.Client.GetPageAsync("/Contacts?quiet=-4");

        Assert.Contains("Enter a number of days from 1 to 3650.", page.Text, StringComparison.Ordinal);
        Assert.Equal(["Nia Negative"], Names(page));
    }

    [SkippableFact]
    public async Task Archived_contacts_are_hidden_unless_asked_for()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Ann", "Active");
        await network.AddContactAsync("Abe", "Archived", configure: c => c.Archive());

        Assert.Equal(["Ann Active"], Names(await network.Client.GetPageAsync("/Contacts")));
        var all = await network.Client.GetPageAsync("/Contacts?archived=true");
        Assert.Equal(["Ann Active", "Abe Archived"], Names(all).Order().Reverse());
        Assert.Contains("Archived", all.Find("#contacts tbody").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Pages_hold_25_contacts_and_page_links_keep_the_filters_and_sort()
    {
        using var network = await Network.SignInAsync(factory);
        await network.WithDbAsync(db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Contacts.Add(new Contact($"Pat{i:00}", "Paged", network.Now));
            }

            db.Contacts.Add(new Contact("Zed", "Other", network.Now));
            return Task.FromResult(0);
        });

        var first = await network.Client.GetPageAsync("/Contacts?q=paged&sort=name");
        Assert.Equal(25, Names(first).Count);
        var next = first.Find("a[rel='next']").GetAttribute("href")!;
        Assert.Contains("q=paged", next, StringComparison.Ordinal);
        Assert.Contains("sort=name", next, StringComparison.Ordinal);

        var second = await network.Client.GetPageAsync(next);
        Assert.Equal(["Pat25 Paged", "Pat26 Paged", "Pat27 Paged", "Pat28 Paged", "Pat29 Paged"], Names(second));
    }

    [SkippableFact]
    public async Task Sorts_by_last_touch_newest_first_when_asked()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Lou", "Lately", configure: c => c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, network.Now.AddDays(-1), null));
        await network.AddContactAsync("Len", "Longago", configure: c => c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, network.Now.AddDays(-90), null));
        await network.AddContactAsync("Liz", "Lastweek", configure: c => c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, network.Now.AddDays(-7), null));

        var page = await network.Client.GetPageAsync("/Contacts?sort=lastTouch&desc=true");

        Assert.Equal(["Lou Lately", "Liz Lastweek", "Len Longago"], Names(page));
        Assert.Contains("sort=lastTouch", page.Find("#contacts thead a[href*='lastTouch']").GetAttribute("href"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_list_runs_one_count_and_one_page_query_per_part_of_the_sort_over_contacts()
    {
        factory.SkipUnlessAvailable();
        var commands = new SqlRecorder();
        var recording = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(commands));
            services.ConfigureDbContext<PostgresAppDbContext>(options => options.AddInterceptors(commands));
        }));
        using var network = await Network.SignInAsync(factory, new AppClient(recording.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })));
        var company = await network.AddCompanyAsync("Query Counters");
        await network.WithDbAsync(db =>
        {
            for (var i = 0; i < 40; i++)
            {
                db.Contacts.Add(new Contact($"Quinn{i:00}", "Query", network.Now) { CompanyId = company.Id, Role = "Counter" });
            }

            return Task.FromResult(0);
        });
        var first = await network.Client.GetPageAsync("/Contacts?q=query&sort=company");

        commands.Clear();
        var page = await network.Client.GetPageAsync(first.Find("a[rel='next']").GetAttribute("href")!);

        Assert.Equal(15, Names(page).Count);
        var overContacts = commands.Texts.Where(sql => sql.Contains("FROM \"Contacts\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, overContacts.Count);
        Assert.Single(overContacts, sql => sql.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, overContacts.Count(sql => !sql.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase) && sql.Contains("LIMIT", StringComparison.Ordinal)));
        Assert.DoesNotContain(overContacts, sql => sql.Contains("OFFSET", StringComparison.Ordinal));
    }

    /// <summary>Keeps the text of every command the app sends to the database.</summary>
    private sealed class SqlRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> texts = new();

        public IReadOnlyList<string> Texts => [.. texts];

        public void Clear() => texts.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            texts.Enqueue(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class IndexTestsOnSqlite(SqliteAppFactory factory) : IndexTests<SqliteAppFactory>(factory);

public sealed class IndexTestsOnPostgres(PostgresAppFactory factory) : IndexTests<PostgresAppFactory>(factory);
