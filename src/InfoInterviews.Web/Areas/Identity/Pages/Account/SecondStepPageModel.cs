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

    protected RedirectToPageResult StartAgain(string? returnUrl)
    {
        SignInMessage = "Enter your email address and password again to sign in.";
        return RedirectToPage("./Login", new { returnUrl });
    }
}
