using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// Edits and deletes logged touches. Either may change which touch is the latest, so each sets the
/// contact's last-touch time from the touches that remain, in the same save.
/// </summary>
public sealed class TouchRevisions(AppDbContext db, UserClock clock)
{
    public Task<Interaction?> LoadAsync(int touchId, CancellationToken cancellationToken = default) =>
        db.Interactions.Include(i => i.Contact).SingleOrDefaultAsync(i => i.Id == touchId, cancellationToken);

    /// <returns>Null when saved; else the conflict, with nothing saved, when the touch changed after its form was read at <paramref name="readVersion"/>.</returns>
    public async Task<SaveConflict?> EditAsync(Interaction touch, TouchInput input, Guid readVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touch);
        ArgumentNullException.ThrowIfNull(input);
        touch.Kind = input.Kind;
        touch.Direction = input.Direction;
        touch.OccurredUtc = input.OccurredUtc(clock);
        touch.Summary = input.TidySummary();
        var latestOther = await LatestOtherAsync(touch, cancellationToken);
        touch.Contact!.RecomputeLastTouch(latestOther is { } other && other > touch.OccurredUtc ? other : touch.OccurredUtc);
        return await db.SaveAtVersionAsync(touch, readVersion, cancellationToken);
    }

    public async Task DeleteAsync(Interaction touch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touch);
        touch.Contact!.RecomputeLastTouch(await LatestOtherAsync(touch, cancellationToken));
        db.Interactions.Remove(touch);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<DateTime?> LatestOtherAsync(Interaction touch, CancellationToken cancellationToken) =>
        db.Interactions.Where(i => i.ContactId == touch.ContactId && i.Id != touch.Id).MaxAsync(i => (DateTime?)i.OccurredUtc, cancellationToken);
}
