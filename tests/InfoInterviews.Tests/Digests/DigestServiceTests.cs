using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Tests.Pages.Account;
using InfoInterviews.Web.Digests;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Digests;

/// <summary>
/// The morning digest as app instances send it: each a host of its own over the test's database, with the
/// public origin set so that links have somewhere to point, and its service's round run by the test.
/// </summary>
public abstract class DigestServiceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Origin = "https://infointerviews.example";
    private const string Subject = "Your follow-ups for";

    // No daylight saving, so a day after a digest is exactly the next one.
    private const string Zone = "Asia/Tokyo";

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    [SkippableFact]
    public async Task A_digest_is_sent_once_a_day_at_the_chosen_hour()
    {
        var user = await NewUserAsync();
        await AddFollowUpAsync(user, "Thank Grace", Now);
        var due = await EnableDigestAsync(user);
        await using var instance = StartInstance();

        await RunAtAsync(instance, due.AddMinutes(-1));
        Assert.Empty(Outbox.MessagesTo(factory, user.Email));

        await RunAtAsync(instance, due);
        Assert.Single(Outbox.MessagesTo(factory, user.Email));

        await RunAtAsync(instance, due.AddHours(1));
        Assert.Single(Outbox.MessagesTo(factory, user.Email));

        await RunAtAsync(instance, due.AddDays(1));
        Assert.Equal(2, Outbox.MessagesTo(factory, user.Email).Count);
    }

    [SkippableFact]
    public async Task A_digest_lists_the_open_follow_ups_due_today_and_overdue_with_links_on_the_public_origin()
    {
        var user = await NewUserAsync();
        var due = await EnableDigestAsync(user);
        var overdue = await AddFollowUpAsync(user, Network.Unique("Overdue "), Now);
        await AddFollowUpAsync(user, Network.Unique("Later today "), due.AddMinutes(30));
        var tomorrow = await AddFollowUpAsync(user, Network.Unique("Tomorrow "), due.AddDays(1));
        var done = await AddFollowUpAsync(user, Network.Unique("Done "), Now, complete: true);
        await using var instance = StartInstance();

        await RunAtAsync(instance, due);

        var body = Assert.Single(Outbox.MessagesTo(factory, user.Email)).HtmlBody;
        Assert.Contains(overdue.Title, body, StringComparison.Ordinal);
        Assert.Contains("Later today ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(tomorrow.Title, body, StringComparison.Ordinal);
        Assert.DoesNotContain(done.Title, body, StringComparison.Ordinal);
        Assert.Equal(new Uri($"{Origin}/FollowUps/{overdue.Id}"), Outbox.UrlIn(factory, user.Email, Subject));
    }

    [SkippableFact]
    public async Task A_digest_holds_nothing_of_another_users()
    {
        var ada = await NewUserAsync();
        var grace = await NewUserAsync();
        var adas = await AddFollowUpAsync(ada, Network.Unique("For Ada "), Now);
        var graces = await AddFollowUpAsync(grace, Network.Unique("For Grace "), Now);
        var due = await EnableDigestAsync(ada);
        Assert.Equal(due, await EnableDigestAsync(grace));
        await using var instance = StartInstance();

        await RunAtAsync(instance, due);

        var toAda = Assert.Single(Outbox.MessagesTo(factory, ada.Email)).HtmlBody;
        var toGrace = Assert.Single(Outbox.MessagesTo(factory, grace.Email)).HtmlBody;
        Assert.Contains(adas.Title, toAda, StringComparison.Ordinal);
        Assert.DoesNotContain(graces.Title, toAda, StringComparison.Ordinal);
        Assert.Contains(graces.Title, toGrace, StringComparison.Ordinal);
        Assert.DoesNotContain(adas.Title, toGrace, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task With_nothing_due_no_mail_is_sent_and_the_day_still_counts()
    {
        var user = await NewUserAsync();
        var due = await EnableDigestAsync(user);
        await AddFollowUpAsync(user, "Next week", due.AddDays(7));
        await using var instance = StartInstance();

        await RunAtAsync(instance, due);

        Assert.Empty(Outbox.MessagesTo(factory, user.Email));
        Assert.Equal(due.AddDays(1), await NextDigestAsync(user));
    }

    [SkippableFact]
    public async Task Two_instances_racing_send_each_digest_exactly_once()
    {
        var users = new List<DigestUser>();
        for (var i = 0; i < 12; i++)
        {
            var user = await NewUserAsync();
            await AddFollowUpAsync(user, $"Follow up {i}", Now);
            users.Add(user);
        }

        var due = (await Task.WhenAll(users.Select(EnableDigestAsync))).Max();
        await using var first = StartInstance();
        await using var second = StartInstance();
        var firstService = first.Services.GetRequiredService<DigestService>();
        var secondService = second.Services.GetRequiredService<DigestService>();
        factory.Clock.Advance(due - Now);

        var sent = await Task.WhenAll(
            Task.Run(() => firstService.RunDueAsync(CancellationToken.None)),
            Task.Run(() => secondService.RunDueAsync(CancellationToken.None)));

        Assert.All(users, user => Assert.Single(Outbox.MessagesTo(factory, user.Email)));
        Assert.True(sent.Sum() >= users.Count, $"The instances sent {sent[0]} and {sent[1]}.");
    }

    [SkippableFact]
    public async Task A_running_instance_sends_due_digests_on_its_own_at_the_configured_interval()
    {
        var user = await NewUserAsync();
        await AddFollowUpAsync(user, "Thank Grace", Now);
        factory.Clock.Advance(await EnableDigestAsync(user) - Now);
        await using var instance = factory.With(new Dictionary<string, string> { ["App:PublicOrigin"] = Origin, ["Digest:Interval"] = "00:01:00" });
        _ = instance.Services;

        // The service starts its timer in the background: each turn moves the fake clock one interval on
        // until the mail appears, and gives up after a while instead of hanging.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!HasMail(user) && DateTime.UtcNow < deadline)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        Assert.Single(Outbox.MessagesTo(factory, user.Email));
    }

    /// <summary>Whether a whole message to the user is in the outbox; one still being written is not yet.</summary>
    private bool HasMail(DigestUser user)
    {
        try
        {
            return Outbox.MessagesTo(factory, user.Email).Count > 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private WebApplicationFactory<Program> StartInstance() =>
        factory.With(new Dictionary<string, string> { ["App:PublicOrigin"] = Origin });

    private async Task RunAtAsync(WebApplicationFactory<Program> instance, DateTime utc)
    {
        factory.Clock.Advance(utc - Now);
        await instance.Services.GetRequiredService<DigestService>().RunDueAsync(CancellationToken.None);
    }

    private async Task<DigestUser> NewUserAsync()
    {
        var account = Accounts.NewUser();
        var id = await factory.CreateConfirmedUserAsync(account, Zone);
        return new DigestUser(id, account.Email);
    }

    /// <summary>Turns the user's digest on at the hour that strikes in their zone one to two hours from now.</summary>
    private async Task<DateTime> EnableDigestAsync(DigestUser user)
    {
        var hour = TimeZoneInfo.ConvertTimeFromUtc(Now.AddHours(2), TimeZoneInfo.FindSystemTimeZoneById(Zone)).Hour;
        var (scope, db) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            var account = await db.Users.SingleAsync(u => u.Id == user.Id);
            account.ChooseZoneAndDigest(Zone, sendsDigest: true, hour, Now);
            await db.SaveChangesAsync();
            return account.NextDigestUtc!.Value;
        }
    }

    private async Task<DateTime?> NextDigestAsync(DigestUser user)
    {
        var (scope, db) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            return await db.Users.Where(u => u.Id == user.Id).Select(u => u.NextDigestUtc).SingleAsync();
        }
    }

    private async Task<FollowUp> AddFollowUpAsync(DigestUser user, string title, DateTime dueUtc, bool complete = false)
    {
        var network = Network.Of(factory, user.Id);
        var contact = await network.AddContactAsync();
        return await network.WithDbAsync(async db =>
        {
            var followUp = new FollowUp(await db.Contacts.SingleAsync(c => c.Id == contact.Id), FollowUpKind.ThankYou, title, dueUtc, Now);
            if (complete)
            {
                followUp.Complete(Now);
            }

            db.FollowUps.Add(followUp);
            return followUp;
        });
    }

    private sealed record DigestUser(string Id, string Email);
}

public sealed class DigestServiceTestsOnSqlite(SqliteAppFactory factory) : DigestServiceTests<SqliteAppFactory>(factory);

public sealed class DigestServiceTestsOnPostgres(PostgresAppFactory factory) : DigestServiceTests<PostgresAppFactory>(factory);
