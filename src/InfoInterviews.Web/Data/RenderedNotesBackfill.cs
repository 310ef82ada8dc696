using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// Renders the notes of rows that have Markdown but no stored HTML: rows saved before the HTML was
/// stored, and rows whose HTML a migration cleared because the renderer's output changed. Run after
/// the migrations at start-up, so that pages only ever show stored HTML.
/// See docs/decisions/0006-rendered-notes-stored.md.
/// </summary>
public static class RenderedNotesBackfill
{
    /// <summary>Rows rendered per query, so a large database is never read into memory at once.</summary>
    private const int BatchSize = 100;

    public static async Task RunAsync(AppDbContext db, IMarkdownRenderer renderer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(renderer);
        await RenderAsync(db.InterviewRequests, nameof(InterviewRequest.Notes), nameof(InterviewRequest.NotesHtml), renderer, cancellationToken);
        await RenderAsync(db.Contacts, nameof(Contact.Notes), nameof(Contact.NotesHtml), renderer, cancellationToken);
        await RenderAsync(db.Companies, nameof(Company.Notes), nameof(Company.NotesHtml), renderer, cancellationToken);
        await RenderAsync(db.Opportunities, nameof(Opportunity.Notes), nameof(Opportunity.NotesHtml), renderer, cancellationToken);
    }

    private static async Task RenderAsync<T>(DbSet<T> rows, string markdownColumn, string htmlColumn, IMarkdownRenderer renderer, CancellationToken cancellationToken)
        where T : OwnedEntity
    {
        var afterId = 0;
        while (true)
        {
            var batch = await rows.IgnoreQueryFilters()
                .Where(r => r.Id > afterId && EF.Property<string?>(r, markdownColumn) != null && EF.Property<string?>(r, htmlColumn) == null)
                .OrderBy(r => r.Id)
                .Select(r => new { r.Id, Markdown = EF.Property<string>(r, markdownColumn) })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var row in batch)
            {
                // Only while the notes are still the ones rendered: an edit saved meanwhile stored its own HTML.
                var html = RenderedMarkdown.Of(row.Markdown, renderer)?.Html ?? string.Empty;
                await rows.IgnoreQueryFilters()
                    .Where(r => r.Id == row.Id && EF.Property<string?>(r, markdownColumn) == row.Markdown && EF.Property<string?>(r, htmlColumn) == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<string?>(r, htmlColumn), html), cancellationToken);
            }

            afterId = batch[^1].Id;
        }
    }
}
