using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Markdown;
using InfoInterviews.Web.SampleData;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Bench;

/// <summary>
/// A large workspace made by the sample data generator, the one users load, repeated unit by unit:
/// contacts at companies with tags, touches, introductions, interviews in every status, follow-ups
/// and opportunities. Units after the first take a long-used workspace's shape (see
/// <see cref="SampleGenerator"/>): at 100,000 contacts about 3,000 companies and 20,000 interviews.
/// </summary>
internal sealed record Workspace(int Contacts, int Companies, int Tags, int Interviews, int FollowUps, int Touches, int FirstCompanyId, int FirstTagId, int FirstContactId)
{
    /// <summary>Units saved together: big enough to keep round trips few, small enough for the change tracker.</summary>
    private const int UnitsPerSave = 20;

    /// <summary>
    /// Saves a batch of units with a page cache large enough for the search index. Inside a transaction SQLite's
    /// FTS5 writes the index entries pending from one statement to disk when the next statement begins, so a
    /// save of thousands of rows merges thousands of one-row segments; with SQLite's default cache of 2 MB the
    /// merges read their pages from the file again and again, and each save cost more than the one before:
    /// 100,000 contacts never finished seeding. The cache goes back to the default before the connection
    /// returns to the pool, so the pages and the import measured afterwards run as the app's do.
    /// </summary>
    private static async Task SaveWithLargeCacheAsync(AppDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -524288");
        try
        {
            await db.SaveChangesAsync();
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000");
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<Workspace> SeedAsync(AppFactory factory, string userId, int contactCount)
    {
        var generator = new SampleGenerator(SampleWorkspace.Seed, factory.Clock.GetUtcNow().UtcDateTime, new MarkdownRenderer());
        var units = Math.Max(1, contactCount / SampleGenerator.ContactsPerUnit);
        var tags = SampleGenerator.CreateTags();
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            SampleWorkspace.Add(db, tags);
            await db.SaveChangesAsync();
        }

        for (var start = 0; start < units; start += UnitsPerSave)
        {
            (scope, db) = factory.CreateDbContextFor(userId);
            await using (scope)
            {
                // Rows are only added here, so nothing needs detecting before the save, which detects once.
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                foreach (var tag in tags)
                {
                    db.Entry(tag).State = EntityState.Unchanged;
                }

                for (var unit = start; unit < Math.Min(units, start + UnitsPerSave); unit++)
                {
                    SampleWorkspace.Add(db, generator.CreateUnit(unit, tags).Roots);
                }

                await SaveWithLargeCacheAsync(db);
            }

            // The shared tags would otherwise keep every saved contact in memory through their links.
            foreach (var tag in tags)
            {
                tag.Contacts.Clear();
            }
        }

        (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            return new Workspace(
                await db.Contacts.CountAsync(),
                await db.Companies.CountAsync(),
                tags.Count,
                await db.InterviewRequests.CountAsync(),
                await db.FollowUps.CountAsync(),
                await db.Interactions.CountAsync(),
                await db.Companies.MinAsync(c => c.Id),
                tags[0].Id,
                await db.Contacts.MinAsync(c => c.Id));
        }
    }
}
