using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Editing;

/// <summary>A form that carries the version of the record it was filled in from.</summary>
public interface IVersionedInput
{
    Guid Version { get; set; }
}

/// <summary>A row that changed after the form was read: its version now, or null when it was deleted meanwhile.</summary>
public sealed record SaveConflict(Guid? CurrentVersion)
{
    /// <summary>
    /// Shows the conflict on the form the user just sent, keeping what they typed: the message above
    /// it, and the record's version now, so that saving again knowingly replaces the other change.
    /// False when the record was deleted meanwhile (then there is nothing to show the form for).
    /// </summary>
    public bool ShowOnForm(ModelStateDictionary modelState, IVersionedInput input, string message)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(input);
        if (CurrentVersion is not Guid current)
        {
            return false;
        }

        modelState.AddModelError(string.Empty, message);
        modelState.Remove($"Input.{nameof(IVersionedInput.Version)}");
        input.Version = current;
        return true;
    }
}

public static class VersionedSave
{
    /// <summary>What an edit form says above itself when its save met a newer change of <paramref name="record"/> ("contact").</summary>
    public static string FormConflictMessage(string record) =>
        $"This {record} was changed after you opened it, so your changes were not saved. The form still shows your changes: "
        + $"save again to replace the other changes, or open the {record} to see them.";

    /// <summary>Shown as an error flash (hence its first word) over the record as it now is.</summary>
    public const string ConflictMessage =
        "Error: someone changed this record while you were editing it (perhaps in another tab). Here is what it holds now: make your change again.";

    /// <summary>How many times a one-click change is applied before a conflict is shown instead.</summary>
    public const int ReapplyAttempts = 3;

    /// <summary>
    /// Applies a one-click change that carries nothing the user typed (archive, restore, the last-touch
    /// time of a logged touch) and saves it. When another save got to the row first, the row is read
    /// again and the change applied to it as it now is, a few times over, rather than failing the
    /// request. Returns null when saved, else the conflict (with no version when the row was deleted).
    /// </summary>
    public static async Task<SaveConflict?> SaveReapplyingAsync<T>(this AppDbContext db, T entity, Action<T> change, CancellationToken cancellationToken = default)
        where T : OwnedEntity
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        var entry = db.Entry(entity);
        for (var attempt = 1; ; attempt++)
        {
            change(entity);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateConcurrencyException)
            {
                await entry.ReloadAsync(cancellationToken);
                if (entry.State == EntityState.Detached || attempt == ReapplyAttempts)
                {
                    return new SaveConflict(entry.State == EntityState.Detached ? null : entity.Version);
                }
            }
        }
    }

    /// <summary>
    /// Saves an edit only if the row is still at the version its form was read at, so that no edit
    /// goes through over a newer one. The version is checked even when only related rows (tags)
    /// changed. Returns null when saved, else the conflict.
    /// </summary>
    public static async Task<SaveConflict?> SaveAtVersionAsync<T>(this AppDbContext db, T entity, Guid readVersion, CancellationToken cancellationToken = default)
        where T : OwnedEntity
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = db.Entry(entity).Property(e => e.Version);
        version.OriginalValue = readVersion;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Set<T>().AsNoTracking().Where(e => e.Id == entity.Id).Select(e => (Guid?)e.Version).SingleOrDefaultAsync(cancellationToken);
            return new SaveConflict(current);
        }
    }
}
