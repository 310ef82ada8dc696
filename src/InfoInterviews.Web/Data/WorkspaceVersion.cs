using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// The version of the signed-in user's workspace, kept on their user row: every save that adds, changes
/// or deletes a row they own moves it on in the same transaction, so a figure computed from the
/// workspace may be kept under the version it was computed at, by every instance of the app
/// (docs/decisions/0015-dashboard-cached-by-workspace-version.md).
/// </summary>
public sealed class WorkspaceVersion(AppDbContext db, ICurrentUser currentUser)
{
    /// <summary>The current version, by the user row's key: one cheap command.</summary>
    public Task<long> ReadAsync(CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == currentUser.Id).Select(u => u.WorkspaceVersion).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Moves the version of each given user on. Call it inside the transaction of the write it stands
    /// for: readers then see both or neither. <see cref="AppDbContext"/> calls it for every save; a
    /// write that bypasses the change tracker (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>) calls it itself.
    /// </summary>
    public static Task MoveOnAsync(AppDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => userIds.Contains(u.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.WorkspaceVersion, u => u.WorkspaceVersion + 1), cancellationToken);
    }
}
