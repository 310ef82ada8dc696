using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Mails the confirmation link again to an account that is not confirmed yet. The answer is the same for
/// any address, so the page does not tell who has an account.
/// </summary>
public sealed class ResendEmailConfirmationModel(
    UserManager<ApplicationUser> userManager,
    AccountMail accountMail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        if (user is not null && !await userManager.IsEmailConfirmedAsync(user))
        {
            await accountMail.SendConfirmationAsync(Request, user, returnUrl: null);
        }

        StatusMessage = "Verification email sent. Please check your email.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;
    }
}
