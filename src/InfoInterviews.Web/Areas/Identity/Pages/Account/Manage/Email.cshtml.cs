using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Changes the account's address: the change is made only from the link mailed to the new address.
/// The answer is the same whether or not the new address has an account, so the page does not tell.
/// </summary>
public sealed class EmailModel(UserManager<ApplicationUser> userManager, AccountMail accountMail) : PageModel
{
    public string? Email { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Email = user.Email;
        Input.NewEmail = Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeEmailAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Email = user.Email;
            return Page();
        }

        if (string.Equals(Input.NewEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            StatusMessage = "Your email address is unchanged.";
            return RedirectToPage();
        }

        await accountMail.SendEmailChangeAsync(Request, user, Input.NewEmail);
        StatusMessage = "We sent a link to the new address: open it to make the change.";
        return RedirectToPage();
    }


    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the new email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [DeliverableEmail]
        [Display(Name = "New email")]
        public string NewEmail { get; set; } = string.Empty;
    }
}
