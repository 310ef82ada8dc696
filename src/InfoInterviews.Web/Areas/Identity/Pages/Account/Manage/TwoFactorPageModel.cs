using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A settings page that only makes sense while two-factor sign-in is on (turning it off, new recovery
/// codes). Opened without it, as from an old tab or a bookmark, it leads back to the two-factor page.
/// </summary>
public abstract class TwoFactorPageModel(UserManager<ApplicationUser> userManager) : PageModel
{
    [TempData(Key = "StatusMessage")]
    public string? StatusMessage { get; set; }

    protected UserManager<ApplicationUser> UserManager => userManager;

    /// <summary>The signed-in user when two-factor sign-in is on for them, or null.</summary>
    protected async Task<ApplicationUser?> FindUserWithTwoFactorAsync()
    {
        var user = await userManager.GetUserAsync(User);
        return user is not null && await userManager.GetTwoFactorEnabledAsync(user) ? user : null;
    }

    protected RedirectToPageResult BackToTwoFactor(string message)
    {
        StatusMessage = message;
        return RedirectToPage("./TwoFactorAuthentication");
    }

    protected RedirectToPageResult NotOn() => BackToTwoFactor("Two-factor sign-in is not on for your account.");
}
