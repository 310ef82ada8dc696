using System.Linq.Expressions;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>A follow-up as every list shows it, with what its one-click actions need.</summary>
public sealed record FollowUpRow(
    int Id,
    FollowUpKind Kind,
    string Title,
    DateTime DueUtc,
    DateTime? CompletedUtc,
    int ContactId,
    string ContactName,
    int? InterviewId)
{
    /// <summary>How many open follow-ups a contact or an interview shows before linking to the full list.</summary>
    public const int PreviewSize = 5;

    public static readonly Expression<Func<FollowUp, FollowUpRow>> FromEntity = f => new FollowUpRow(
        f.Id, f.Kind, f.Title, f.DueUtc, f.CompletedUtc, f.ContactId, f.Contact!.FullName, f.InterviewRequestId);

    public bool IsDone => CompletedUtc is not null;
}

/// <summary>The open follow-ups of one contact or interview, soonest first, as their details pages preview them.</summary>
public sealed record FollowUpPreview(IReadOnlyList<FollowUpRow> Rows, int OpenCount)
{
    public static async Task<FollowUpPreview> ReadAsync(IQueryable<FollowUp> followUps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        var open = followUps.AsNoTracking().Where(f => f.CompletedUtc == null);
        var rows = await open.OrderBy(f => f.DueUtc).ThenBy(f => f.Id).Take(FollowUpRow.PreviewSize).Select(FollowUpRow.FromEntity).ToListAsync(cancellationToken);
        var count = rows.Count < FollowUpRow.PreviewSize ? rows.Count : await open.CountAsync(cancellationToken);
        return new FollowUpPreview(rows, count);
    }
}
