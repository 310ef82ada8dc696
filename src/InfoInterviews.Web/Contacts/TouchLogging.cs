using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// Logging a touch from any page: the touch is saved, and the contact's last touch kept, even over an
/// edit of the contact saved at the same moment (see <see cref="VersionedSave"/>).
/// </summary>
public static class TouchLogging
{
    /// <summary>Logs the touch and saves it; returns what to tell the user, or null when the contact is gone.</summary>
    public static async Task<string?> LogTouchAsync(
        this AppDbContext db,
        Contact contact,
        (InteractionKind Kind, InteractionDirection Direction, DateTime OccurredUtc, string? Summary) touch,
        string logged,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var saved = contact.LogTouch(touch.Kind, touch.Direction, touch.OccurredUtc, touch.Summary);
        var conflict = await db.SaveReapplyingAsync(contact, c => c.NoteTouch(saved.OccurredUtc), cancellationToken);
        return conflict switch
        {
            { CurrentVersion: null } => null,
            null => logged,
            _ => VersionedSave.ConflictMessage,
        };
    }
}
