using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>
/// A one-click change to a follow-up, posted from whichever list shows it: applied again over an
/// edit saved at the same moment (see VersionedSave), confirmed in a message, and back to that list.
/// </summary>
public abstract class OneClickPageModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    protected AppDbContext Db { get; } = db;

    /// <summary>
    /// Applies <paramref name="change"/>, which returns what to tell the user, and goes back to
    /// <paramref name="returnUrl"/> when it is a path of this app, else to the follow-up.
    /// </summary>
    protected async Task<IActionResult> ApplyAsync(int id, string? returnUrl, Func<FollowUp, string> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var followUp = await Db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (followUp is null)
        {
            return NotFound();
        }

        var done = string.Empty;
        try
        {
            var conflict = await Db.SaveReapplyingAsync(followUp, f => done = change(f), cancellationToken);
            if (conflict is { CurrentVersion: null })
            {
                return NotFound();
            }

            StatusMessage = conflict is null ? done : VersionedSave.ConflictMessage;
        }
        catch (DomainRuleException e)
        {
            StatusMessage = $"Error: {e.Message}";
        }

        return Back(id, returnUrl);
    }

    protected IActionResult Back(int id, string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/FollowUps/Details", new { id });
}
