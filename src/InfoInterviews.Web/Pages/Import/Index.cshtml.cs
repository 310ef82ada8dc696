using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Import;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Import;

/// <summary>
/// Takes LinkedIn's Connections.csv or a vCard file and keeps it for its preview. A file that is too large,
/// not text, or neither is refused here with a message, and nothing is kept.
/// </summary>
[RequestSizeLimit(RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimitBytes)]
public sealed class IndexModel(AppDbContext db, UserClock clock) : PageModel
{
    /// <summary>
    /// Room above <see cref="ImportFile.MaxBytes"/>, so that a file a little too large reaches the page and
    /// gets its message; a request far larger is cut off by the server.
    /// </summary>
    private const int RequestLimitBytes = 2 * ImportFile.MaxBytes;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Input.File is not { } upload)
        {
            return Page();
        }

        if (upload.Length > ImportFile.MaxBytes)
        {
            ModelState.AddModelError("Input.File", $"The file is larger than {ImportFile.MaxBytes / (1024 * 1024)} MB. Upload LinkedIn's Connections.csv or a vCard file as it comes.");
            return Page();
        }

        string text;
        try
        {
            using var buffer = new MemoryStream((int)upload.Length);
            await upload.CopyToAsync(buffer, cancellationToken);
            text = ImportText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            ImportFormats.Read(text);
        }
        catch (ImportFileException e)
        {
            ModelState.AddModelError("Input.File", e.Message);
            return Page();
        }

        // One file waits for its preview at a time: a new upload replaces the one not confirmed.
        await db.ImportFiles.ExecuteDeleteAsync(cancellationToken);
        var file = db.ImportFiles.Add(new ImportFile(Path.GetFileName(upload.FileName), text, clock.UtcNow)).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Preview", new { id = file.Id });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the file to import.")]
        [Display(Name = "File to import: LinkedIn's Connections.csv, or a vCard (.vcf)")]
        public IFormFile? File { get; set; }
    }
}
