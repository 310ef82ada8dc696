using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>Asks for the authenticator code after the password.</summary>
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signInManager) : SecondStepPageModel(signInManager)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool RememberMe { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool rememberMe, string? returnUrl = null)
    {
        if (await FindUserAsync() is null)
        {
            return StartAgain(returnUrl);
        }

        RememberMe = rememberMe;
        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool rememberMe, string? returnUrl = null)
    {
        if (await FindUserAsync() is null)
        {
            return StartAgain(returnUrl);
        }

        RememberMe = rememberMe;
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.TwoFactorCode.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await SignInManager.TwoFactorAuthenticatorSignInAsync(code, rememberMe, Input.RememberMachine);
        return Answer(result, returnUrl, "That code is not right. Enter the code your authenticator app shows now.");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code from your authenticator app.")]
        [StringLength(7, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        [DataType(DataType.Text)]
        [Display(Name = "Authenticator code")]
        public string TwoFactorCode { get; set; } = string.Empty;

        [Display(Name = "Remember this device")]
        public bool RememberMachine { get; set; }
    }
}
