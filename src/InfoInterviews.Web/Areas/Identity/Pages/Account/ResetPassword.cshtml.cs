using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>Sets a new password from a mailed link. A damaged, forged or used-up link is a 400 page that says so.</summary>
public sealed class ResetPasswordModel(UserManager<ApplicationUser> userManager) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsInvalid { get; private set; }

    public IActionResult OnGet(string? code = null)
    {
        if (AccountLinks.ReadCode(code) is null)
        {
            return InvalidLink();
        }

        Input.Code = code!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountLinks.ReadCode(Input.Code);
        if (token is null)
        {
            return InvalidLink();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // An unknown address gets the same answer as a known one, so the page does not tell who has an account.
        var user = await userManager.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        var result = await userManager.ResetPasswordAsync(user, token, Input.Password);
        if (result.Succeeded)
        {
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return InvalidLink();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }

        return Page();
    }

    private PageResult InvalidLink()
    {
        LinkIsInvalid = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(100, ErrorMessage = "The password must be at least {2} characters long.", MinimumLength = AccountsServiceCollectionExtensions.PasswordMinLength)]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "Confirm new password")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;
    }
}
