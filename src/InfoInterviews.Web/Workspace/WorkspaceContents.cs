using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Workspace;

/// <summary>What a workspace holds, for the actions that only fill an empty one (sample data, a restore).</summary>
public static class WorkspaceContents
{
    /// <summary>
    /// Whether the workspace holds nothing that could mix with what is put in: no contact, company, tag,
    /// interview or opportunity (touches and follow-ups need a contact). The question sets and templates
    /// a new account starts with do not count.
    /// </summary>
    public static async Task<bool> IsEmptyAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Contacts.Select(c => c.Id)
            .Concat(db.Companies.Select(c => c.Id))
            .Concat(db.Tags.Select(t => t.Id))
            .Concat(db.InterviewRequests.Select(r => r.Id))
            .Concat(db.Opportunities.Select(o => o.Id))
            .AnyAsync(cancellationToken);
    }
}
