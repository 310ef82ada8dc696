using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Data;

public abstract class MatchKeyBackfillTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Contacts_saved_before_the_match_keys_existed_get_their_keys()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync(configure: c =>
        {
            c.Email = "Old.Friend@Example.com";
            c.LinkedInUrl = "https://www.linkedin.com/in/Old-Friend/";
        });
        var without = await network.AddContactAsync();

        // As the migration leaves rows saved before the keys existed.
        await network.WithDbAsync(db => db.Contacts.Where(c => c.Id == contact.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EmailKey, (string?)null).SetProperty(c => c.LinkedInKey, (string?)null)));

        await network.WithDbAsync(async db =>
        {
            await MatchKeyBackfill.RunAsync(db);
            return 0;
        });

        var keys = await network.WithDbAsync(db => db.Contacts.ToDictionaryAsync(c => c.Id, c => new { c.EmailKey, c.LinkedInKey }));
        Assert.Equal("old.friend@example.com", keys[contact.Id].EmailKey);
        Assert.Equal("linkedin.com/in/old-friend", keys[contact.Id].LinkedInKey);
        Assert.Null(keys[without.Id].EmailKey);
        Assert.Null(keys[without.Id].LinkedInKey);
    }
}

public sealed class MatchKeyBackfillTestsOnSqlite(SqliteAppFactory factory) : MatchKeyBackfillTests<SqliteAppFactory>(factory);

public sealed class MatchKeyBackfillTestsOnPostgres(PostgresAppFactory factory) : MatchKeyBackfillTests<PostgresAppFactory>(factory);
