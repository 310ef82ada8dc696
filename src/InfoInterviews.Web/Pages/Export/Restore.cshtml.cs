using System.ComponentModel.DataAnnotations;
using System.Globalization;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Export;
using InfoInterviews.Web.Workspace;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Export;

/// <summary>
/// Takes a workspace export and puts it into this account's empty workspace. A file that is too large, not
/// an export, of an unknown version, or that cannot be stored is refused with a message; nothing is kept.
/// </summary>
[RequestSizeLimit(RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimitBytes)]
public sealed class RestoreModel(AppDbContext db, WorkspaceRestore restore, UserManager<ApplicationUser> userManager, SignInManager<ApplicationUser> signInManager)
    : PageModel
{
    /// <summary>
    /// Room above <see cref="WorkspaceRestore.MaxBytes"/>, so that a file a little too large reaches the page and
    /// gets its message; a request far larger is cut off by the server.
    /// </summary>
    private const long RequestLimitBytes = 2L * WorkspaceRestore.MaxBytes;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Whether the workspace already holds data, so the page says at once that a restore will be refused.</summary>
    public bool IsEmpty { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        IsEmpty = await WorkspaceContents.IsEmptyAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        IsEmpty = true;
        if (!ModelState.IsValid || Input.File is not { } upload)
        {
            return Page();
        }

        if (upload.Length > WorkspaceRestore.MaxBytes)
        {
            ModelState.AddModelError("Input.File", $"The file is larger than {WorkspaceRestore.MaxBytes / (1024 * 1024)} MB. Upload the file that \"Download everything (JSON)\" gave you, as it came.");
            return Page();
        }

        WorkspaceRestore.RestoredCounts counts;
        try
        {
            using var buffer = new MemoryStream((int)upload.Length);
            await upload.CopyToAsync(buffer, cancellationToken);
            counts = await restore.RestoreAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        }
        catch (WorkspaceRestoreException e)
        {
            IsEmpty = await WorkspaceContents.IsEmptyAsync(db, cancellationToken);
            ModelState.AddModelError("Input.File", e.Message);
            return Page();
        }

        // The restore may bring the display name the export had: the greeting reads it from the sign-in.
        if (await userManager.GetUserAsync(User) is { } user)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        StatusMessage = string.Create(
            CultureInfo.GetCultureInfo("en-GB"),
            $"Restored {counts.Contacts:N0} contacts, {counts.Companies:N0} companies, {counts.Interviews:N0} interviews, {counts.FollowUps:N0} follow-ups and {counts.Opportunities:N0} opportunities.");
        return RedirectToPage("/Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the export to restore.")]
        [Display(Name = "Workspace export (.json)")]
        public IFormFile? File { get; set; }
    }
}
