using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class DetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task The_header_shows_how_to_reach_them_their_tags_and_who_introduced_whom()
    {
        using var network = await Network.SignInAsync(factory);
        var introducer = await network.AddContactAsync("Sophie", "Wilson");
        var contact = await network.AddContactAsync("Steve", "Furber", company: "Acorn Chips", configure: c =>
        {
            c.Role = "Designer";
            c.Email = "steve@acorn.example";
            c.Phone = "+44 1223 555 000";
            c.LinkedInUrl = "https://www.linkedin.com/in/sfurber";
            c.Source = ContactSource.Introduced;
            c.IntroducedById = introducer.Id;
        });
        await network.AddContactAsync("Hermann", "Hauser", configure: c => c.IntroducedById = contact.Id);
        await network.AddTagAsync("risc", contact.Id);

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");

        Assert.Contains("Designer at Acorn Chips", page.Find("#role").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#reach a[href='mailto:steve@acorn.example']"));
        Assert.NotNull(page.Document.QuerySelector("#reach a[href='tel:+441223555000']"));
        Assert.NotNull(page.Document.QuerySelector("#reach a[href='https://www.linkedin.com/in/sfurber']"));
        Assert.Equal("risc", page.Find("#tags a").TextContent);
        Assert.Contains("Introduced", page.Find("#network").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Contacts/{introducer.Id}", page.Find("#network a").GetAttribute("href"));
        Assert.Equal("Hermann Hauser", page.Find("#introduced a").TextContent);
        Assert.Equal($"/Interviews/Create?contactId={contact.Id}", page.Find("#request-interview").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task The_page_sends_as_many_sql_commands_for_a_large_workspace_as_for_a_small_one_and_lists_the_tags_by_name()
    {
        using var small = await Network.SignInAsync(factory);
        var few = await AddTaggedContactsAsync(small, 1);
        using var large = await Network.SignInAsync(factory);
        var many = await AddTaggedContactsAsync(large, 400);

        var smallCount = await CountCommandsAsync(small, few);
        var largeCount = await CountCommandsAsync(large, many);

        Assert.True(smallCount > 0, "The counter saw no command.");
        Assert.Equal(smallCount, largeCount);
        var page = await large.Client.GetPageAsync($"/Contacts/{many}");
        Assert.Equal(["alpha", "beta"], page.Document.QuerySelectorAll("#tags a").Select(a => a.TextContent));
    }

    /// <summary>Counts the second request, as the first of a session may refresh it.</summary>
    private async Task<int> CountCommandsAsync(Network network, int contactId)
    {
        await network.Client.GetPageAsync($"/Contacts/{contactId}");
        return await factory.Commands.CountAsync(() => network.Client.GetPageAsync($"/Contacts/{contactId}"));
    }

    /// <summary><paramref name="count"/> contacts, each tagged "beta" and "alpha"; returns the last one's id.</summary>
    private static Task<int> AddTaggedContactsAsync(Network network, int count) =>
        network.WithDbAsync(async db =>
        {
            var tags = new[] { new Tag("beta"), new Tag("alpha") };
            var contacts = Enumerable.Range(0, count).Select(_ => new Contact(Network.Unique("Tagged"), null, network.Now)).ToList();
            foreach (var contact in contacts)
            {
                db.Contacts.Add(contact);
                foreach (var tag in tags)
                {
                    db.ContactTags.Add(new ContactTag { Contact = contact, Tag = tag });
                }
            }

            await db.SaveChangesAsync();
            return contacts[^1].Id;
        });

    [SkippableFact]
    public async Task The_timeline_holds_touches_interviews_follow_ups_and_opportunities_newest_first()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Lynn", "Conway", configure: c =>
            c.LogTouch(InteractionKind.Email, InteractionDirection.Incoming, network.Now.AddDays(-10), "Replied to my note"));
        await network.WithDbAsync(async db =>
        {
            var lynn = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            db.InterviewRequests.Add(new InterviewRequest(lynn, InterviewPurpose.Career, "Chip design careers", AskChannel.Email, network.Now.AddDays(-8)));
            db.FollowUps.Add(new FollowUp(lynn, FollowUpKind.ThankYou, "Thank Lynn", network.Now.AddDays(-6), network.Now.AddDays(-8)));
            db.Opportunities.Add(new Opportunity("VLSI researcher", OpportunityKind.RoleNotAdvertised, DateOnly.FromDateTime(network.Now), network.Now.AddDays(-4)) { ContactId = contact.Id });
            return 0;
        });

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");

        var entries = page.Document.QuerySelectorAll("#timeline > li .fw-semibold").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Opportunity: VLSI researcher", "Follow-up (thank-you): Thank Lynn", "Informational interview: Planned", "Email (incoming)"],
            entries);
        Assert.Contains("Learned of · role not advertised", page.Find("#timeline").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_long_timeline_is_paged_and_each_page_continues_newest_first_across_kinds()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Long", "History", configure: c =>
        {
            for (var day = 1; day <= 30; day++)
            {
                c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, network.Now.AddDays(-2 * day), $"Call {day}");
            }
        });
        await network.WithDbAsync(async db =>
        {
            var person = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            db.InterviewRequests.Add(new InterviewRequest(person, InterviewPurpose.Career, null, AskChannel.Email, network.Now.AddDays(-51)));
            return 0;
        });

        var first = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        var second = await network.Client.GetPageAsync($"/Contacts/{contact.Id}?page=2");

        Assert.Equal(25, first.Document.QuerySelectorAll("#timeline > li").Length);
        Assert.Contains("Page 1 of 2 · 31 in all", first.Text, StringComparison.Ordinal);
        var rest = second.Document.QuerySelectorAll("#timeline > li .fw-semibold").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(6, rest.Count);
        Assert.Equal("Informational interview: Planned", rest[0]);
        Assert.Equal(["Call 26", "Call 27", "Call 28", "Call 29", "Call 30"], second.Document.QuerySelectorAll("#timeline > li.timeline-touch > div:nth-child(3)").Select(e => e.TextContent.Trim()));
    }

    [SkippableFact]
    public async Task A_contact_suggested_in_an_interview_says_so()
    {
        using var network = await Network.SignInAsync(factory);
        var source = await network.AddContactAsync("Mildred", "Koss");
        var interviewId = await network.WithDbAsync(async db =>
        {
            var request = new InterviewRequest(await db.Contacts.SingleAsync(c => c.Id == source.Id), InterviewPurpose.Job, null, AskChannel.Email, network.Now);
            db.InterviewRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        var suggested = await network.AddContactAsync("Jean", "Sammet", configure: c => c.SuggestedInInterviewId = interviewId);

        var page = await network.Client.GetPageAsync($"/Contacts/{suggested.Id}");

        Assert.Equal($"/Interviews/{interviewId}", page.Find("#network a[href^='/Interviews/']").GetAttribute("href"));
        Assert.Contains("an informational interview", page.Find("#network").TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Logging_a_touch_defaults_to_now_in_the_users_zone_and_moves_the_last_touch()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Evelyn", "Berezin");
        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        Assert.Contains("Nothing yet.", page.Find("#timeline").TextContent, StringComparison.Ordinal);

        using var response = await network.Client.SubmitAsync(page, "#log-touch", new Dictionary<string, string?>
        {
            ["Touch.Kind"] = "Meeting",
            ["Touch.Direction"] = "Incoming",
            ["Touch.Summary"] = "Coffee near the office",
        });

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Interactions).SingleAsync(c => c.Id == contact.Id));
        var touch = Assert.Single(saved.Interactions);
        Assert.Equal((InteractionKind.Meeting, InteractionDirection.Incoming, "Coffee near the office"), (touch.Kind, touch.Direction, touch.Summary));
        var now = network.Now;
        Assert.Equal(new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc), touch.OccurredUtc);
        Assert.Equal(touch.OccurredUtc, saved.LastTouchUtc);
    }

    [SkippableFact]
    public async Task A_touch_in_the_future_or_without_a_time_is_refused()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Ruth", "Teitelbaum");
        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");

        using var future = await network.Client.SubmitAsync(page, "#log-touch", new Dictionary<string, string?>
        {
            ["Touch.OccurredLocal"] = network.Now.AddDays(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
        using var missing = await network.Client.SubmitAsync(page, "#log-touch", new Dictionary<string, string?> { ["Touch.OccurredLocal"] = "" });

        Assert.Contains("choose a time that is not in the future", (await AppClient.ReadPageAsync(future)).Text, StringComparison.Ordinal);
        Assert.Contains("Enter when it happened.", (await AppClient.ReadPageAsync(missing)).Text, StringComparison.Ordinal);
        Assert.False(await network.WithDbAsync(db => db.Interactions.AnyAsync()));
    }

    [SkippableFact]
    public async Task Archive_hides_the_contact_from_the_list_and_restore_brings_it_back()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Kay", "McNulty");

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        using var archived = await network.Client.SubmitAsync(page, "#archive-form");
        var afterArchive = await network.Client.FollowAsync(archived);
        Assert.True((await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).IsArchived);
        Assert.Contains("No contacts yet", (await network.Client.GetPageAsync("/Contacts")).Text, StringComparison.Ordinal);

        using var restored = await network.Client.SubmitAsync(afterArchive, "#archive-form");
        await network.Client.FollowAsync(restored);
        Assert.False((await network.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == contact.Id))).IsArchived);
    }

    [SkippableTheory]
    [InlineData(">", 130)]
    [InlineData("- ", 300)]
    public async Task A_note_nested_deeper_than_markdown_allows_is_shown_as_typed(string marker, int depth)
    {
        using var network = await Network.SignInAsync(factory);
        var note = string.Concat(Enumerable.Repeat(marker, depth)) + " deep";
        var contact = await network.AddContactAsync("Ivan", "Sutherland", configure: c => c.WriteNotes(RenderedMarkdown.Of(note, new MarkdownRenderer())));

        var page = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");

        Assert.Contains(MarkdownRenderer.TooDeepNotice, page.Text, StringComparison.Ordinal);
        Assert.Contains(note.Trim(), page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_and_posts_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        var contact = await owner.AddContactAsync("Betty", "Holberton");
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Contacts/{contact.Id}", HttpStatusCode.NotFound);
        using var log = await intruder.Client.PostAsync($"/Contacts/{contact.Id}?handler=LogTouch", new Dictionary<string, string>
        {
            ["Touch.Kind"] = "Call",
            ["Touch.OccurredLocal"] = "2020-01-01T10:00",
        });
        using var archive = await intruder.Client.PostAsync($"/Contacts/{contact.Id}?handler=Archive", new Dictionary<string, string>());

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (log.StatusCode, archive.StatusCode));
        var saved = await owner.WithDbAsync(db => db.Contacts.Include(c => c.Interactions).SingleAsync(c => c.Id == contact.Id));
        Assert.Empty(saved.Interactions);
        Assert.False(saved.IsArchived);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteAppFactory factory) : DetailsTests<SqliteAppFactory>(factory);

public sealed class DetailsTestsOnPostgres(PostgresAppFactory factory) : DetailsTests<PostgresAppFactory>(factory);
