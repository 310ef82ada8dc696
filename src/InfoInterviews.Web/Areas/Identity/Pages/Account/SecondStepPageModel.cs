using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of a two-factor sign-in. Without a password accepted first in this browser (opened
/// directly, or after that step's few minutes ran out) there is no one to sign in: back to the first step.
/// </summary>
[AllowAnonymous]
public abstract class SecondStepPageModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    [TempData(Key = nameof(LoginModel.ErrorMessage))]
    public string? SignInMessage { get; set; }

    protected SignInManager<ApplicationUser> SignInManager => signInManager;

    protected Task<ApplicationUser?> FindUserAsync() => signInManager.GetTwoFactorAuthenticationUserAsync();

    /// <summary>Where a second step's sign-in result leads: in (to a local address only), to the lockout page, or back to the form with <paramref name="refused"/>.</summary>
    protected IActionResult Answer(Microsoft.AspNetCore.Identity.SignInResult result, string? returnUrl, string refused)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(string.Empty, refused);
        return Page();
    }

    protected RedirectToPageResult StartAgain(string? returnUrl)
    {
        SignInMessage = "Enter your email address and password again to sign in.";
        return RedirectToPage("./Login", new { returnUrl });
    }
}
