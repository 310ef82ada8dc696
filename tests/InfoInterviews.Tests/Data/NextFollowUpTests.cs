using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Data;

/// <summary>
/// A contact's next follow-up time is kept by the save itself: code that only adds, snoozes, completes or
/// removes follow-ups and saves (as the follow-up pages do) finds it current.
/// </summary>
public abstract class NextFollowUpTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Adding_snoozing_completing_and_removing_follow_ups_keeps_the_contacts_next_follow_up()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync();
        var now = network.Now;
        var (soon, later) = await network.WithDbAsync(async db =>
        {
            var owner = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            var first = new FollowUp(owner, FollowUpKind.Resource, "Send the article", now.AddDays(2), now);
            var second = new FollowUp(owner, FollowUpKind.Other, "Ask about the meetup", now.AddDays(5), now);
            db.FollowUps.AddRange(first, second);
            return (first, second);
        });
        Assert.Equal(now.AddDays(2), await NextFollowUpAsync(network, contact.Id));

        await ChangeAsync(network, soon.Id, f => f.SnoozeUntil(now.AddDays(9), now));
        Assert.Equal(now.AddDays(5), await NextFollowUpAsync(network, contact.Id));

        await ChangeAsync(network, later.Id, f => f.Complete(now));
        Assert.Equal(now.AddDays(9), await NextFollowUpAsync(network, contact.Id));

        await network.WithDbAsync(async db => db.FollowUps.Remove(await db.FollowUps.SingleAsync(f => f.Id == soon.Id)));
        Assert.Null(await NextFollowUpAsync(network, contact.Id));
    }

    [SkippableFact]
    public async Task Marking_a_keep_in_touch_follow_up_done_plans_the_next_one_and_dropping_the_rhythm_removes_it()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync(configure: c => c.KeepInTouchEvery(14));
        var planned = await network.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.ContactId == contact.Id));
        Assert.Equal((FollowUpKind.KeepInTouch, contact.CreatedUtc.AddDays(14)), (planned.Kind, planned.DueUtc));

        factory.Clock.Advance(TimeSpan.FromDays(3));
        var done = network.Now;
        await ChangeAsync(network, planned.Id, f => f.Complete(done));

        var open = await network.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => f.ContactId == contact.Id && f.CompletedUtc == null).ToListAsync());
        Assert.Equal([(FollowUpKind.KeepInTouch, done.AddDays(14))], open.Select(f => (f.Kind, f.DueUtc)));
        Assert.Equal(done.AddDays(14), await NextFollowUpAsync(network, contact.Id));

        await network.WithDbAsync(async db =>
        {
            var saved = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            saved.KeepInTouchEvery(null);
            return saved;
        });
        Assert.False(await network.WithDbAsync(db => db.FollowUps.AnyAsync(f => f.ContactId == contact.Id && f.CompletedUtc == null)));
        Assert.Null(await NextFollowUpAsync(network, contact.Id));
    }

    private static Task<FollowUp> ChangeAsync(Network network, int followUpId, Action<FollowUp> change) =>
        network.WithDbAsync(async db =>
        {
            var followUp = await db.FollowUps.SingleAsync(f => f.Id == followUpId);
            change(followUp);
            return followUp;
        });

    private static Task<DateTime?> NextFollowUpAsync(Network network, int contactId) =>
        network.WithDbAsync(db => db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.NextFollowUpUtc).SingleAsync());
}

public sealed class NextFollowUpTestsOnSqlite(SqliteAppFactory factory) : NextFollowUpTests<SqliteAppFactory>(factory);

public sealed class NextFollowUpTestsOnPostgres(PostgresAppFactory factory) : NextFollowUpTests<PostgresAppFactory>(factory);
