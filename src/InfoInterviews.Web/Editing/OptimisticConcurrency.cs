using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Editing;

/// <summary>Saves an edit only if the record is still the version the form was filled in from.</summary>
public static class OptimisticConcurrency
{
    /// <summary>Shown as an error flash (hence its first word) over the record as it now is.</summary>
    public const string ConflictMessage =
        "Error: someone changed this record while you were editing it (perhaps in another tab). Here is what it holds now: make your change again.";

    /// <returns>False when the record changed since <paramref name="expectedVersion"/>; nothing is saved then.</returns>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, OwnedEntity entity, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry(entity);
        entry.Property(e => e.Version).OriginalValue = expectedVersion;

        // Marking the version modified makes the check run even when only the record's children changed.
        entry.Property(e => e.Version).IsModified = true;

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
