using System.Net;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages;

/// <summary>
/// The dashboard is kept between views until the workspace changes: every kind of write shows on the
/// very next view, no user sees another's figures, a second view costs a few commands whatever the
/// workspace holds, and figures that depend on the day or the hour move when the clock does.
/// </summary>
public abstract class DashboardCacheTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_contact_added_through_the_form_shows_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync();
        Assert.Equal("1 contact", await FigureAsync(network, "#network-contacts"));

        var form = await network.Client.GetPageAsync("/Contacts/Create");
        using var created = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.FirstName"] = Network.Unique("Added") });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        Assert.Equal("2 contacts", await FigureAsync(network, "#network-contacts"));
    }

    [SkippableFact]
    public async Task A_contact_edited_to_name_who_introduced_them_shows_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        var introducer = await network.AddContactAsync(Network.Unique("Introducer"), "Smith");
        var contact = await network.AddContactAsync();
        Assert.Equal("0", await FigureAsync(network, "#network-introduced"));

        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");
        using var saved = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.IntroducedBy"] = introducer.FullName });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("1", await FigureAsync(network, "#network-introduced"));
    }

    [SkippableFact]
    public async Task A_deleted_contact_leaves_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync();
        var contact = await network.AddContactAsync();
        Assert.Equal("2 contacts", await FigureAsync(network, "#network-contacts"));

        using var deleted = await network.Client.SubmitAsync(await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Delete"), "#delete-form");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.Equal("1 contact", await FigureAsync(network, "#network-contacts"));
    }

    [SkippableFact]
    public async Task A_touch_logged_on_the_contact_page_takes_them_off_going_cold_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        var now = network.Now;
        var cold = await network.WithDbAsync(db =>
        {
            var contact = new Contact(Network.Unique("Cold"), null, now.AddDays(-60));
            contact.KeepInTouchEvery(30);
            db.Contacts.Add(contact);
            return Task.FromResult(contact);
        });
        Assert.Equal("1", await FigureAsync(network, "#going-cold-count"));

        using var logged = await network.Client.SubmitAsync(await network.Client.GetPageAsync($"/Contacts/{cold.Id}"), "#log-touch", new Dictionary<string, string?>
        {
            ["Touch.Kind"] = "Call",
            ["Touch.Summary"] = "Caught up",
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        Assert.Equal("0", await FigureAsync(network, "#going-cold-count"));
    }

    [SkippableFact]
    public async Task An_interview_moved_to_requested_shows_as_waiting_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        var interview = await network.AddInterviewAsync();
        Assert.Equal("0", await FigureAsync(network, "#waiting-count"));

        var details = await network.Client.GetPageAsync($"/Interviews/{interview.Id}");
        using var requested = await network.Client.SubmitAsync(details, "#move-Requested", submitButtonSelector: "#move-Requested button");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);

        Assert.Equal("1", await FigureAsync(network, "#waiting-count"));
    }

    [SkippableFact]
    public async Task A_follow_up_marked_done_leaves_the_due_count_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var followUp = await network.AddFollowUpAsync(contact.Id, dueUtc: network.Now.AddDays(-1));
        Assert.Equal("1", await FigureAsync(network, "#due-count"));

        var contactPage = await network.Client.GetPageAsync($"/Contacts/{contact.Id}");
        using var done = await network.Client.SubmitAsync(contactPage, $"#follow-ups form[action^='/FollowUps/{followUp.Id}/Done']");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal("0", await FigureAsync(network, "#due-count"));
    }

    [SkippableFact]
    public async Task Contacts_imported_from_a_file_show_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync();
        Assert.Equal("1 contact", await FigureAsync(network, "#network-contacts"));
        var tag = Network.Unique("i");
        var file = $"""
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Zoë,Müller,https://www.linkedin.com/in/{tag}-zoe,,{tag} Acme,Engineer,2 Jan 2023
            Grace,Hopper,https://www.linkedin.com/in/{tag}-grace,,{tag} Acme,Admiral,3 Feb 2021
            """;

        using var uploaded = await network.Client.UploadAsync(await network.Client.GetPageAsync("/Import"), "#import-form", "Input.File", "Connections.csv", Encoding.UTF8.GetBytes(file));
        using var confirmed = await network.Client.SubmitAsync(await network.Client.FollowAsync(uploaded), "#confirm-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Equal("3 contacts", await FigureAsync(network, "#network-contacts"));
    }

    [SkippableFact]
    public async Task Two_contacts_merged_into_one_show_as_one_on_the_next_view()
    {
        using var network = await Network.SignInAsync(factory);
        var survivor = await network.AddContactAsync("Ada", Network.Unique("Lovelace"));
        var other = await network.AddContactAsync("Ada", Network.Unique("King"));
        Assert.Equal("2 contacts", await FigureAsync(network, "#network-contacts"));

        using var merged = await network.Client.SubmitAsync(await network.Client.GetPageAsync($"/Contacts/{survivor.Id}/Merge/{other.Id}"), "#merge-form");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        Assert.Equal("1 contact", await FigureAsync(network, "#network-contacts"));
    }

    [SkippableFact]
    public async Task Each_user_sees_their_own_figures_before_and_after_the_other_changes_theirs()
    {
        using var one = await Network.SignInAsync(factory);
        using var two = await Network.SignInAsync(factory);
        await one.AddContactAsync();
        await two.AddContactAsync();
        await two.AddContactAsync();

        Assert.Equal("1 contact", await FigureAsync(one, "#network-contacts"));
        Assert.Equal("2 contacts", await FigureAsync(two, "#network-contacts"));
        await one.AddContactAsync();

        Assert.Equal("2 contacts", await FigureAsync(two, "#network-contacts"));
        Assert.Equal("2 contacts", await FigureAsync(one, "#network-contacts"));
    }

    [SkippableFact]
    public async Task A_second_view_of_an_unchanged_workspace_sends_the_same_few_commands_whatever_its_size()
    {
        using var small = await Network.SignInAsync(factory);
        await small.AddContactAsync();
        using var large = await Network.SignInAsync(factory);
        await large.WithDbAsync(db =>
        {
            for (var i = 0; i < 200; i++)
            {
                var contact = new Contact(Network.Unique("Many"), null, large.Now.AddDays(-i));
                db.Contacts.Add(contact);
                db.FollowUps.Add(new FollowUp(contact, FollowUpKind.Other, "Check in", large.Now.AddDays(-1), large.Now));
            }

            return Task.FromResult(0);
        });

        var (smallFirst, smallSecond) = await CountFirstAndSecondViewAsync(small);
        var (largeFirst, largeSecond) = await CountFirstAndSecondViewAsync(large);

        Assert.Equal(smallSecond, largeSecond);
        Assert.InRange(largeSecond, 1, MaxCommandsOfAKeptView);
        Assert.True(smallFirst > smallSecond && largeFirst > largeSecond, $"A first view sent {largeFirst} commands and a second {largeSecond}.");
    }

    [SkippableFact]
    public async Task A_follow_up_due_tomorrow_counts_as_due_once_the_day_turns()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        await network.AddFollowUpAsync(contact.Id, dueUtc: network.Now.Date.AddDays(1).AddHours(9));
        Assert.Equal("0", await FigureAsync(network, "#due-count"));

        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("1", await FigureAsync(network, "#due-count"));
    }

    [SkippableFact]
    public async Task A_keep_in_touch_follow_up_falling_overdue_goes_cold_within_the_hour()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        await network.AddFollowUpAsync(contact.Id, dueUtc: network.Now.AddMinutes(1), kind: FollowUpKind.KeepInTouch);
        Assert.Equal("0", await FigureAsync(network, "#going-cold-count"));

        factory.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal("1", await FigureAsync(network, "#going-cold-count"));
    }

    /// <summary>The user's session, the workspace version, and nothing that grows with the workspace.</summary>
    private const int MaxCommandsOfAKeptView = 3;

    private static async Task<string> FigureAsync(Network network, string selector) =>
        (await network.Client.GetPageAsync("/")).Find(selector).TextContent.Trim();

    private async Task<(int First, int Second)> CountFirstAndSecondViewAsync(Network network)
    {
        var first = await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/"));
        var second = await factory.Commands.CountAsync(() => network.Client.GetPageAsync("/"));
        return (first, second);
    }
}

public sealed class DashboardCacheTestsOnSqlite(SqliteAppFactory factory) : DashboardCacheTests<SqliteAppFactory>(factory);

public sealed class DashboardCacheTestsOnPostgres(PostgresAppFactory factory) : DashboardCacheTests<PostgresAppFactory>(factory);
