using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// The one writer of <see cref="Contact.NextFollowUpUtc"/>: after a save that added, changed or removed
/// follow-ups, each of their contacts gets the due time of its earliest open follow-up, in the save's
/// transaction. It is one set-based update from the follow-ups as saved, so it never bumps a contact's
/// version (an open edit form of the contact stays valid) and cannot drift from what other pages wrote.
/// </summary>
internal sealed class NextFollowUps
{
    private readonly List<Contact> added;
    private readonly HashSet<int> ids;

    private NextFollowUps(List<Contact> added, HashSet<int> ids)
    {
        this.added = added;
        this.ids = ids;
    }

    public bool IsEmpty => added.Count == 0 && ids.Count == 0;

    public static NextFollowUps Of(AppDbContext db)
    {
        var changed = db.ChangeTracker.Entries<FollowUp>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        // A contact added in the same save has its key only once saved.
        var added = changed.Select(e => e.Entity.Contact).OfType<Contact>().Where(c => db.Entry(c).State == EntityState.Added).ToList();
        var ids = changed.SelectMany(e => new[] { e.Entity.ContactId, e.Property(f => f.ContactId).OriginalValue })
            .Where(id => id > 0)
            .ToHashSet();
        return new NextFollowUps(added, ids);
    }

    /// <summary>The given contacts, for a change made without the change tracker (a set-based delete).</summary>
    public static NextFollowUps OfContacts(IEnumerable<int> contactIds) => new([], contactIds.ToHashSet());

    /// <summary>Writes the contacts' next follow-up times, once the follow-ups are saved.</summary>
    public Task RecomputeAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var contactIds = ids.Concat(added.Select(c => c.Id)).Distinct().ToList();
        var followUps = db.FollowUps;
        return db.Contacts
            .Where(c => contactIds.Contains(c.Id))
            .ExecuteUpdateAsync(
                setters => setters.SetProperty(
                    c => c.NextFollowUpUtc,
                    c => followUps.Where(f => f.ContactId == c.Id && f.CompletedUtc == null).Min(f => (DateTime?)f.DueUtc)),
                cancellationToken);
    }
}
