using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// Merges two records of one person: the survivor takes the fields picked from the other record, and
/// everything that named the other record (touches, follow-ups, interviews as contact and as introducer,
/// opportunities, tags, the contacts it introduced) moves to the survivor; the other record is removed.
/// It is one save, so one transaction: the merge happens whole or not at all.
/// </summary>
public sealed class ContactMerge(AppDbContext db)
{
    /// <summary>Both records, tracked, with their tags; null when either is missing (or not the user's) or both are one.</summary>
    public async Task<(Contact Survivor, Contact Other)?> LoadAsync(int survivorId, int otherId, CancellationToken cancellationToken = default)
    {
        if (survivorId == otherId)
        {
            return null;
        }

        var pair = await db.Contacts.Include(c => c.Tags)
            .Where(c => c.Id == survivorId || c.Id == otherId)
            .ToListAsync(cancellationToken);
        return pair.Count == 2 ? (pair.Single(c => c.Id == survivorId), pair.Single(c => c.Id == otherId)) : null;
    }

    /// <summary>
    /// Merges <paramref name="other"/> into <paramref name="survivor"/>, both read at the versions given.
    /// </summary>
    /// <returns>False, with nothing saved, when either record changed after the versions were read.</returns>
    public async Task<bool> MergeAsync(
        Contact survivor,
        Contact other,
        IReadOnlySet<ContactField> fromOther,
        Guid survivorVersion,
        Guid otherVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(other);
        survivor.Absorb(other, fromOther);

        foreach (var touch in await db.Interactions.Where(i => i.ContactId == other.Id).ToListAsync(cancellationToken))
        {
            touch.MoveTo(survivor);
        }

        foreach (var followUp in await db.FollowUps.Where(f => f.ContactId == other.Id).ToListAsync(cancellationToken))
        {
            // The survivor's own rhythm plans its keep-in-touch follow-up; the other record's open one would be a second.
            if (followUp.Kind == FollowUpKind.KeepInTouch && !followUp.IsDone)
            {
                db.FollowUps.Remove(followUp);
            }
            else
            {
                followUp.MoveTo(survivor);
            }
        }

        foreach (var interview in await db.InterviewRequests.Where(r => r.ContactId == other.Id || r.IntroducerId == other.Id).ToListAsync(cancellationToken))
        {
            interview.ReplaceContact(other.Id, survivor);
        }

        foreach (var opportunity in await db.Opportunities.Where(o => o.ContactId == other.Id).ToListAsync(cancellationToken))
        {
            opportunity.ContactId = survivor.Id;
        }

        foreach (var introduced in await db.Contacts.Where(c => c.IntroducedById == other.Id && c.Id != survivor.Id).ToListAsync(cancellationToken))
        {
            introduced.IntroducedById = survivor.Id;
        }

        foreach (var link in other.Tags.Where(link => survivor.Tags.All(own => own.TagId != link.TagId)))
        {
            survivor.Tags.Add(new ContactTag { Contact = survivor, ContactId = survivor.Id, TagId = link.TagId });
        }

        // Everything is re-pointed before the removal, so that the removal cascades to nothing that moved.
        db.ChangeTracker.DetectChanges();
        db.Contacts.Remove(other);
        db.Entry(other).Property(c => c.Version).OriginalValue = otherVersion;
        var version = db.Entry(survivor).Property(c => c.Version);
        version.OriginalValue = survivorVersion;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
