using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Data;

public abstract class KeepInTouchBackfillTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_rhythm_without_an_open_follow_up_gets_one_at_start_up_once_and_only_for_its_owner()
    {
        using var network = await Network.SignInAsync(factory);
        var ada = await network.AddContactAsync("Ada", "Lovelace", configure: c => c.KeepInTouchEvery(30));
        var alan = await network.AddContactAsync("Alan", "Turing", configure: c => c.KeepInTouchEvery(10));
        using var other = await Network.SignInAsync(factory);
        var grace = await other.AddContactAsync("Grace", "Hopper", configure: c => c.KeepInTouchEvery(20));

        // As rows saved before follow-ups were planned: rhythms, and no keep-in-touch follow-up.
        await network.WithDbAsync(async db =>
        {
            await db.FollowUps.Where(f => f.ContactId == ada.Id).ExecuteDeleteAsync();
            return await db.Contacts.Where(c => c.Id == ada.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextFollowUpUtc, (DateTime?)null));
        });
        var alanBefore = await OpenKeepInTouchAsync(network, alan.Id);
        var graceBefore = await OpenKeepInTouchAsync(other, grace.Id);

        await KeepInTouchBackfill.RunAsync(factory.Services);
        await KeepInTouchBackfill.RunAsync(factory.Services);

        var planned = Assert.Single(await OpenKeepInTouchAsync(network, ada.Id));
        Assert.Equal(ada.CreatedUtc.AddDays(30), planned.DueUtc);
        Assert.Equal(planned.DueUtc, (await network.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == ada.Id))).NextFollowUpUtc);
        Assert.Equal(alanBefore.Select(f => f.Id), (await OpenKeepInTouchAsync(network, alan.Id)).Select(f => f.Id));
        Assert.Equal(graceBefore.Select(f => f.Id), (await OpenKeepInTouchAsync(other, grace.Id)).Select(f => f.Id));
    }

    private static Task<List<FollowUp>> OpenKeepInTouchAsync(Network network, int contactId) =>
        network.WithDbAsync(db => db.FollowUps.AsNoTracking()
            .Where(f => f.ContactId == contactId && f.Kind == FollowUpKind.KeepInTouch && f.CompletedUtc == null)
            .ToListAsync());
}

public sealed class KeepInTouchBackfillTestsOnSqlite(SqliteAppFactory factory) : KeepInTouchBackfillTests<SqliteAppFactory>(factory);

public sealed class KeepInTouchBackfillTestsOnPostgres(PostgresAppFactory factory) : KeepInTouchBackfillTests<PostgresAppFactory>(factory);
