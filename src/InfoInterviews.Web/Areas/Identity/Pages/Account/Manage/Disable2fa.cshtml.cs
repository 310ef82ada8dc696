using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns two-factor sign-in off, after asking.</summary>
public sealed class Disable2faModel(UserManager<ApplicationUser> userManager) : TwoFactorPageModel(userManager)
{
    public async Task<IActionResult> OnGetAsync() => await FindUserWithTwoFactorAsync() is null ? NotOn() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserWithTwoFactorAsync();
        if (user is null)
        {
            return NotOn();
        }

        var result = await UserManager.SetTwoFactorEnabledAsync(user, enabled: false);
        return BackToTwoFactor(result.Succeeded
            ? "Two-factor sign-in is off. You can turn it on again by setting up an authenticator app."
            : "Two-factor sign-in could not be turned off. Try again.");
    }
}
