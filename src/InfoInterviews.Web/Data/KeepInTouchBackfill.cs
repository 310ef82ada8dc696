using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// Restores, at start-up, the rule that a contact with a keep-in-touch rhythm has one open keep-in-touch
/// follow-up. A rhythm set before follow-ups were planned, or an open one removed while the rhythm stayed,
/// would otherwise wait for the contact's next touch. Acts as each owner in turn, so the ownership check
/// and the save's steps (docs/decisions/0007-follow-up-routines-in-the-save.md) apply as in a request.
/// </summary>
public static class KeepInTouchBackfill
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        List<string> owners;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            owners = await WithoutOpenFollowUp(db.Contacts.IgnoreQueryFilters(), db.FollowUps.IgnoreQueryFilters())
                .Select(c => c.OwnerId)
                .Distinct()
                .ToListAsync(cancellationToken);
        }

        foreach (var owner in owners)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().ActAs(owner);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var due = await WithoutOpenFollowUp(db.Contacts, db.FollowUps)
                .Select(c => new
                {
                    Contact = c,
                    LastKeptUtc = db.FollowUps.Where(f => f.ContactId == c.Id && f.Kind == FollowUpKind.KeepInTouch).Max(f => f.CompletedUtc),
                })
                .ToListAsync(cancellationToken);
            foreach (var row in due)
            {
                if (FollowUpPlanner.KeepInTouch(row.Contact, [], row.LastKeptUtc).Added is { } added)
                {
                    db.FollowUps.Add(added);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static IQueryable<Contact> WithoutOpenFollowUp(IQueryable<Contact> contacts, IQueryable<FollowUp> followUps) =>
        contacts.Where(c => c.KeepInTouchDays != null
            && !followUps.Any(f => f.ContactId == c.Id && f.Kind == FollowUpKind.KeepInTouch && f.CompletedUtc == null));
}
