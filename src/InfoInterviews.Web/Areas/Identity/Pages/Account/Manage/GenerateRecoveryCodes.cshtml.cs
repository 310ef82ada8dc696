using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces the recovery codes with new ones, after asking.</summary>
public sealed class GenerateRecoveryCodesModel(UserManager<ApplicationUser> userManager) : TwoFactorPageModel(userManager)
{
    private const int CodeCount = 10;

    [TempData(Key = "RecoveryCodes")]
    public string[]? RecoveryCodes { get; set; }

    public async Task<IActionResult> OnGetAsync() => await FindUserWithTwoFactorAsync() is null ? NotOn() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserWithTwoFactorAsync();
        if (user is null)
        {
            return NotOn();
        }

        RecoveryCodes = [.. await UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, CodeCount) ?? []];
        StatusMessage = "You have new recovery codes: the old ones no longer work.";
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
