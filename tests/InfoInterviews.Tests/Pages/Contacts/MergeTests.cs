using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.Contacts;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class MergeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Merging_leaves_one_contact_with_the_touches_interviews_and_everything_else_of_both()
    {
        using var network = await Network.SignInAsync(factory);
        var now = network.Now;
        var survivor = await network.AddContactAsync("Ada", "Lovelace", configure: c =>
        {
            c.Email = "ada@example.com";
            c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, now.AddDays(-5), "Asked about engines");
        });
        var other = await network.AddContactAsync("Ada", "King", configure: c =>
        {
            c.Phone = "+44 20 7946 0000";
            c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, now.AddDays(-1), "Called about notes");
        });
        await AddInterviewWithAsync(network, survivor.Id);
        var movedInterview = await AddInterviewWithAsync(network, other.Id);
        var followUp = await network.AddFollowUpAsync(contactId: other.Id, dueUtc: now.AddDays(2));
        var opportunity = await network.AddOpportunityAsync(configure: o => o.ContactId = other.Id);
        await network.AddTagAsync(Network.Unique("shared"), survivor.Id, other.Id);
        var otherTag = await network.AddTagAsync(Network.Unique("other"), other.Id);
        var introduced = await network.AddContactAsync("Grace", configure: c => c.IntroducedById = other.Id);

        var form = await network.Client.GetPageAsync($"/Contacts/{survivor.Id}/Merge/{other.Id}");
        using var response = await network.Client.SubmitAsync(form, "#merge-form");

        Assert.Equal($"/Contacts/{survivor.Id}", response.Headers.Location?.OriginalString);
        Assert.Contains("Ada King was merged into Ada Lovelace.", (await network.Client.FollowAsync(response)).Text, StringComparison.Ordinal);
        var merged = await network.WithDbAsync(db => db.Contacts.AsNoTracking()
            .Where(c => c.Id == survivor.Id)
            .Select(c => new
            {
                Contact = c,
                Touches = c.Interactions.OrderBy(i => i.OccurredUtc).Select(i => i.Summary).ToList(),
                Interviews = db.InterviewRequests.Where(r => r.ContactId == c.Id).Select(r => new { r.Id, r.ContactName }).ToList(),
                TagIds = c.Tags.Select(t => t.TagId).ToList(),
            })
            .SingleAsync());
        Assert.False(await network.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == other.Id)));
        Assert.Equal(["Asked about engines", "Called about notes"], merged.Touches);
        Assert.Equal(2, merged.Interviews.Count);
        Assert.Equal("Ada Lovelace", merged.Interviews.Single(r => r.Id == movedInterview.Id).ContactName);
        Assert.Equal(2, merged.TagIds.Count);
        Assert.Contains(otherTag.Id, merged.TagIds);
        Assert.Equal("ada@example.com", merged.Contact.Email);
        Assert.Equal("+44 20 7946 0000", merged.Contact.Phone);
        Assert.Equal(now.AddDays(-1), merged.Contact.LastTouchUtc);
        Assert.Equal(now.AddDays(2), merged.Contact.NextFollowUpUtc);
        Assert.Equal(survivor.Id, (await network.FindFollowUpAsync(followUp.Id))!.ContactId);
        Assert.Equal(survivor.Id, await network.WithDbAsync(db => db.Opportunities.Where(o => o.Id == opportunity.Id).Select(o => o.ContactId).SingleAsync()));
        Assert.Equal(survivor.Id, await network.WithDbAsync(db => db.Contacts.Where(c => c.Id == introduced.Id).Select(c => c.IntroducedById).SingleAsync()));
    }

    [SkippableFact]
    public async Task The_picked_values_are_kept_and_the_removed_ones_introductions_never_make_the_survivor_its_own_introducer()
    {
        using var network = await Network.SignInAsync(factory);
        var survivor = await network.AddContactAsync("Grace", "Hopper", configure: c => c.Role = "Rear admiral");
        var other = await network.AddContactAsync("Grace", "Murray", configure: c =>
        {
            c.Role = "Mathematician";
            c.IntroducedById = survivor.Id;
        });
        await network.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == survivor.Id);
            contact.IntroducedById = other.Id;
            return contact;
        });
        var interview = await AddInterviewWithAsync(network, survivor.Id, introducerId: other.Id);

        var form = await network.Client.GetPageAsync($"/Contacts/{survivor.Id}/Merge/{other.Id}");
        Assert.Equal("Mathematician", form.Find("label[for='take-Role']").TextContent.Trim());
        using var response = await network.Client.SubmitAsync(form, "#merge-form", new Dictionary<string, string?>
        {
            ["Input.TakeOther[Role]"] = "true",
            ["Input.TakeOther[IntroducedBy]"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var merged = await network.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == survivor.Id));
        Assert.Equal("Mathematician", merged.Role);
        Assert.Equal("Grace Hopper", merged.FullName);
        Assert.Null(merged.IntroducedById);
        Assert.Null((await network.LoadInterviewAsync(interview.Id)).IntroducerId);
    }

    [SkippableFact]
    public async Task The_day_connected_is_offered_as_a_field_to_pick_and_kept_when_picked()
    {
        using var network = await Network.SignInAsync(factory);
        var survivor = await network.AddContactAsync("Katherine", "Johnson", configure: c => c.ConnectedOn = new DateOnly(2024, 3, 15));
        var other = await network.AddContactAsync("Katherine", "Goble", configure: c => c.ConnectedOn = new DateOnly(2019, 7, 1));

        var form = await network.Client.GetPageAsync($"/Contacts/{survivor.Id}/Merge/{other.Id}");
        Assert.Equal("1 Jul 2019", form.Find("label[for='take-ConnectedOn']").TextContent.Trim());
        using var response = await network.Client.SubmitAsync(form, "#merge-form", new Dictionary<string, string?>
        {
            ["Input.TakeOther[ConnectedOn]"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2019, 7, 1), await network.WithDbAsync(db => db.Contacts.Where(c => c.Id == survivor.Id).Select(c => c.ConnectedOn).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_merge_from_a_page_opened_before_either_contact_changed_merges_nothing_and_shows_why()
    {
        using var network = await Network.SignInAsync(factory);
        var survivor = await network.AddContactAsync("Barbara", "Liskov");
        var other = await network.AddContactAsync("Barbara", "Huberman");
        var form = await network.Client.GetPageAsync($"/Contacts/{survivor.Id}/Merge/{other.Id}");
        await network.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == other.Id);
            contact.Role = "Professor";
            return contact;
        });

        using var conflicted = await network.Client.SubmitAsync(form, "#merge-form");

        var page = await AppClient.ReadPageAsync(conflicted);
        Assert.Contains(MergeModel.ConflictMessage, page.Text, StringComparison.Ordinal);
        Assert.Contains("Professor", page.Find("#merge-form").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await network.WithDbAsync(db => db.Contacts.CountAsync(c => c.Id == survivor.Id || c.Id == other.Id)));
        using var again = await network.Client.SubmitAsync(page, "#merge-form");
        Assert.Equal($"/Contacts/{survivor.Id}", again.Headers.Location?.OriginalString);
        Assert.False(await network.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == other.Id)));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_or_one_contact_twice_return_404_and_change_nothing()
    {
        using var owner = await Network.SignInAsync(factory);
        var first = await owner.AddContactAsync("Adele", "Goldberg");
        var second = await owner.AddContactAsync("Adele", "G.");
        using var intruder = await Network.SignInAsync(factory);
        var own = await intruder.AddContactAsync("Mallory");

        foreach (var url in new[]
                 {
                     $"/Contacts/{first.Id}/Merge/{second.Id}",
                     $"/Contacts/{own.Id}/Merge/{first.Id}",
                     $"/Contacts/{first.Id}/Merge/{own.Id}",
                     $"/Contacts/{own.Id}/Merge/{own.Id}",
                 })
        {
            await intruder.Client.GetPageAsync(url, HttpStatusCode.NotFound);
            using var post = await intruder.Client.PostAsync(url, new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(2, await owner.WithDbAsync(db => db.Contacts.CountAsync(c => c.Id == first.Id || c.Id == second.Id)));
        Assert.True(await intruder.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == own.Id)));
    }

    private static Task<InterviewRequest> AddInterviewWithAsync(Network network, int contactId, int? introducerId = null) =>
        network.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
            var interview = new InterviewRequest(contact, InterviewPurpose.Job, "How the work looks", AskChannel.Email, network.Now) { IntroducerId = introducerId };
            db.InterviewRequests.Add(interview);
            return interview;
        });
}

public sealed class MergeTestsOnSqlite(SqliteAppFactory factory) : MergeTests<SqliteAppFactory>(factory);

public sealed class MergeTestsOnPostgres(PostgresAppFactory factory) : MergeTests<PostgresAppFactory>(factory);
