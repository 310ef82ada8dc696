using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>Takes one of the saved recovery codes instead of the authenticator code.</summary>
public sealed class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signInManager) : SecondStepPageModel(signInManager)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        if (await FindUserAsync() is null)
        {
            return StartAgain(returnUrl);
        }

        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (await FindUserAsync() is null)
        {
            return StartAgain(returnUrl);
        }

        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await SignInManager.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        return Answer(result, returnUrl, "That recovery code is not right, or was used already.");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter one of your recovery codes.")]
        [DataType(DataType.Text)]
        [Display(Name = "Recovery code")]
        public string RecoveryCode { get; set; } = string.Empty;
    }
}
