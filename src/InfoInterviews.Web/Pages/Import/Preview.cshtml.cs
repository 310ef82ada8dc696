using InfoInterviews.Web.Data;
using InfoInterviews.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Import;

/// <summary>
/// Shows what importing an uploaded file will do, row by row, and imports it when the user confirms.
/// The file is read again on confirm, so the import matches the contacts as they are then.
/// </summary>
public sealed class PreviewModel(AppDbContext db, ContactImport import) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string FileName { get; private set; } = string.Empty;

    public ImportPreview Preview { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.ImportFiles.AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new { f.FileName, f.Content })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        FileName = file.FileName;
        Preview = await import.PreviewAsync(ImportFormats.Read(file.Content), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.ImportFiles.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        try
        {
            var result = await import.ApplyAsync(ImportFormats.Read(file.Content), file, cancellationToken);
            StatusMessage = $"Imported {file.FileName}: {Plural(result.Added, "new contact")} added, {Plural(result.Updated, "job change")} recorded.";
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another confirm of the same file removed it first, and imported it.
            StatusMessage = $"{file.FileName} was imported already.";
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another request added a company this file names at the same moment; the save was undone whole.
            StatusMessage = "A company in this file was added elsewhere at the same moment, so nothing was imported. Import it again.";
            return RedirectToPage("Preview", new { id });
        }

        return RedirectToPage("/Contacts/Index");
    }

    /// <summary>A list of rows of one outcome, as the preview shows it.</summary>
    public sealed record RowList(string Title, string Id, IReadOnlyList<ImportPreviewRow> Rows);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
