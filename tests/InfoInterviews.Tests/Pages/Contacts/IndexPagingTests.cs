using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>
/// The contact list's pages, reached by its own links: every sort, ties on the sort key, contacts without
/// the sort's column, cursors changed by hand or copied from someone else, and what a deep page costs.
/// </summary>
public abstract class IndexPagingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static List<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("#contacts tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    private static string NameOf(string stem, int i) => (i % 5) switch
    {
        0 => $"{stem}{i:00}",
        1 or 2 => $"{stem}{i:00} Same",
        _ => $"{stem}{i:00} Last{i % 7}",
    };

    private static string? Link(HtmlPage page, string rel) =>
        page.Document.QuerySelector($"nav a[rel='{rel}']")?.GetAttribute("href");

    /// <summary>
    /// 61 contacts in three pages: ties on every sort key (one last name, one company, one touch time shared
    /// by many), and contacts without a last name, a company or a touch, which sort as a part of their own.
    /// </summary>
    private static async Task<Network> SignInWithContactsAsync(TFactory factory, string stem)
    {
        var network = await Network.SignInAsync(factory);
        var alpha = await network.AddCompanyAsync($"Alpha {stem}");
        var beta = await network.AddCompanyAsync($"Beta {stem}");
        await network.WithDbAsync(db =>
        {
            for (var i = 0; i < 61; i++)
            {
                var contact = new Contact($"{stem}{i:00}", (i % 5) switch { 0 => null, 1 or 2 => "Same", _ => $"Last{i % 7}" }, network.Now)
                {
                    CompanyId = (i % 3) switch { 0 => null, 1 => alpha.Id, _ => beta.Id },
                };
                if (i % 4 != 0)
                {
                    contact.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-(i % 3)), null);
                }

                db.Contacts.Add(contact);
            }

            return db.SaveChangesAsync();
        });
        return network;
    }

    [SkippableTheory]
    [InlineData("sort=name")]
    [InlineData("sort=name&desc=true")]
    [InlineData("sort=company")]
    [InlineData("sort=company&desc=true")]
    [InlineData("sort=lastTouch")]
    [InlineData("sort=lastTouch&desc=true")]
    [InlineData("sort=nextFollowUp")]
    [InlineData("sort=nextFollowUp&desc=true")]
    public async Task Next_links_show_every_contact_once_and_previous_links_walk_back_the_same_way(string sort)
    {
        using var network = await SignInWithContactsAsync(factory, "Walk");

        var forward = new List<string>();
        var pages = new List<List<string>>();
        string? next = $"/Contacts?{sort}";
        while (next is not null)
        {
            var page = await network.Client.GetPageAsync(next);
            pages.Add(Names(page));
            forward.AddRange(Names(page));
            next = Link(page, "next");
            Assert.True(pages.Count <= 3, "The links run past the last page.");
        }

        var backward = new List<List<string>>();
        var last = await network.Client.GetPageAsync(Link(await network.Client.GetPageAsync($"/Contacts?{sort}"), "last")!);
        backward.Add(Names(last));
        for (var previous = Link(last, "prev"); previous is not null;)
        {
            var page = await network.Client.GetPageAsync(previous);
            backward.Insert(0, Names(page));
            previous = Link(page, "prev");
        }

        Assert.Equal(61, forward.Count);
        Assert.Equal(61, forward.Distinct().Count());
        Assert.Equal([25, 25, 11], pages.Select(p => p.Count));
        // From the last page back: the last 25, then the 25 before them, then (at the top) the first page whole.
        Assert.Equal(forward[^25..], backward[^1]);
        Assert.Equal(forward[11..36], backward[^2]);
        Assert.Equal(forward[..25], backward[0]);
        Assert.Equal(3, backward.Count);
    }

    [SkippableFact]
    public async Task Sorts_keep_contacts_without_the_sort_column_together_in_the_same_place_on_every_database()
    {
        using var network = await SignInWithContactsAsync(factory, "Part");

        async Task<List<string>> AllAsync(string sort)
        {
            var names = new List<string>();
            for (string? next = $"/Contacts?{sort}"; next is not null;)
            {
                var page = await network.Client.GetPageAsync(next);
                names.AddRange(Names(page));
                next = Link(page, "next");
            }

            return names;
        }

        var byName = await AllAsync("sort=name");
        var byTouch = await AllAsync("sort=lastTouch");
        var byCompany = await AllAsync("sort=company");

        // No last name: after everyone with one, by first name.
        Assert.Equal([.. Enumerable.Range(0, 61).Where(i => i % 5 == 0).Select(i => $"Part{i:00}")], byName[^13..]);
        // Never touched: first, as the oldest touch.
        Assert.Equal([.. Enumerable.Range(0, 61).Where(i => i % 4 == 0).Select(i => NameOf("Part", i))], byTouch[..16]);
        // No company: after the companies; Alpha's contacts before Beta's.
        Assert.Equal([.. Enumerable.Range(0, 61).Where(i => i % 3 == 0).Select(i => NameOf("Part", i))], byCompany[^21..]);
        Assert.Equal([.. Enumerable.Range(0, 61).Where(i => i % 3 == 1).Select(i => NameOf("Part", i))], byCompany[..20]);
    }

    [SkippableFact]
    public async Task An_old_page_number_link_shows_the_rows_the_next_link_shows()
    {
        using var network = await SignInWithContactsAsync(factory, "Numbered");

        var first = await network.Client.GetPageAsync("/Contacts?sort=company");
        var byLink = await network.Client.GetPageAsync(Link(first, "next")!);
        var byNumber = await network.Client.GetPageAsync("/Contacts?sort=company&page=2");
        var pastTheEnd = await network.Client.GetPageAsync("/Contacts?sort=company&page=40");

        Assert.Equal(Names(byLink), Names(byNumber));
        Assert.Equal(25, Names(byNumber).Count);
        Assert.Equal(Names(await network.Client.GetPageAsync(Link(first, "last")!)), Names(pastTheEnd));
    }

    [SkippableTheory]
    [InlineData("after=not-a-cursor")]
    [InlineData("before=%25%25%25")]
    [InlineData("after=WyJuYW1lIiwwXQ")]
    [InlineData("after=WyJuYW1lIiw5LCJ4IiwieCIsMV0")]
    [InlineData("after=WyJuYW1lIiwwLDEsMiwiMyJd")]
    public async Task A_cursor_changed_by_hand_shows_the_first_page_with_a_message(string cursor)
    {
        using var network = await SignInWithContactsAsync(factory, "Tampered");

        var page = await network.Client.GetPageAsync($"/Contacts?{cursor}");

        Assert.Contains("That link to a page of the list no longer fits it", page.Find("#page-message").TextContent, StringComparison.Ordinal);
        Assert.Equal(Names(await network.Client.GetPageAsync("/Contacts")), Names(page));
    }

    [SkippableFact]
    public async Task A_cursor_of_another_sort_shows_the_first_page_with_a_message()
    {
        using var network = await SignInWithContactsAsync(factory, "Resorted");
        var byName = await network.Client.GetPageAsync("/Contacts?sort=name");
        var cursor = Link(byName, "next")!.Split("after=")[1];

        var page = await network.Client.GetPageAsync($"/Contacts?sort=lastTouch&after={cursor}");

        Assert.Contains("That link to a page of the list no longer fits it", page.Text, StringComparison.Ordinal);
        Assert.Equal(Names(await network.Client.GetPageAsync("/Contacts?sort=lastTouch")), Names(page));
    }

    [SkippableFact]
    public async Task Another_users_cursor_shows_only_the_users_own_contacts()
    {
        using var owner = await SignInWithContactsAsync(factory, "Owner");
        using var other = await SignInWithContactsAsync(factory, "Other");
        var ownersLinks = await owner.Client.GetPageAsync("/Contacts");

        var next = await other.Client.GetPageAsync(Link(ownersLinks, "next")!);
        var previous = await other.Client.GetPageAsync(Link(await owner.Client.GetPageAsync(Link(ownersLinks, "last")!), "prev")!);

        Assert.NotEmpty(Names(next));
        Assert.All(Names(next).Concat(Names(previous)), name => Assert.StartsWith("Other", name, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("sort=name")]
    [InlineData("sort=name&desc=true")]
    [InlineData("sort=company")]
    [InlineData("sort=company&desc=true")]
    [InlineData("sort=lastTouch")]
    [InlineData("sort=lastTouch&desc=true")]
    [InlineData("sort=nextFollowUp")]
    [InlineData("sort=nextFollowUp&desc=true")]
    public async Task A_deep_page_reached_by_the_links_sends_as_many_commands_as_the_first(string sort)
    {
        using var network = await SignInWithContactsAsync(factory, "Counted");
        var first = await network.Client.GetPageAsync($"/Contacts?{sort}");
        var last = await network.Client.GetPageAsync(Link(first, "last")!);
        HtmlPage? deep = null;

        var firstCommands = await factory.Commands.CountAsync(() => network.Client.GetPageAsync($"/Contacts?{sort}"));
        var deepCommands = await factory.Commands.CountAsync(async () => deep = await network.Client.GetPageAsync(Link(last, "prev")!));
        var nextCommands = await factory.Commands.CountAsync(() => network.Client.GetPageAsync(Link(deep!, "next")!));

        Assert.Equal(25, Names(deep!).Count);
        Assert.Equal(firstCommands, deepCommands);
        Assert.Equal(firstCommands, nextCommands);
    }

    [SkippableFact]
    public async Task A_search_matching_more_than_a_thousand_reads_the_newest_matches_only()
    {
        using var network = await Network.SignInAsync(factory);
        await network.WithDbAsync(db =>
        {
            for (var i = 0; i < 1_200; i++)
            {
                db.Contacts.Add(new Contact($"Broad{i:0000}", "Match", network.Now));
            }

            return db.SaveChangesAsync();
        });

        var page = await network.Client.GetPageAsync("/Contacts?q=broad");

        Assert.Equal("Broad0199 Match", Names(page)[0]);
        Assert.Contains("more than 1,000 contacts; add a word or a filter to narrow them", page.Find("#list-count").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Past_a_thousand_contacts_the_list_says_more_than_a_thousand()
    {
        using var network = await Network.SignInAsync(factory);
        await network.WithDbAsync(db =>
        {
            for (var i = 0; i < 1_001; i++)
            {
                db.Contacts.Add(new Contact($"Many{i:0000}", "Counted", network.Now));
            }

            return db.SaveChangesAsync();
        });

        var page = await network.Client.GetPageAsync("/Contacts");

        var text = string.Join(' ', page.Find("#list-count").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("Showing 25 of more than 1,000 contacts.", text);
    }
}

public sealed class IndexPagingTestsOnSqlite(SqliteAppFactory factory) : IndexPagingTests<SqliteAppFactory>(factory);

public sealed class IndexPagingTestsOnPostgres(PostgresAppFactory factory) : IndexPagingTests<PostgresAppFactory>(factory);
