using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Tells a new user to confirm their email. On a development server the sign-up that just happened in
/// this browser hands over its link, so no mail is needed; the link is never looked up from the address.
/// </summary>
public sealed class RegisterConfirmationModel : PageModel
{
    public const string ConfirmationLinkKey = "ConfirmationLink";

    public string Email { get; private set; } = string.Empty;

    public string? EmailConfirmationUrl { get; private set; }

    public IActionResult OnGet(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return RedirectToPage("/Index", new { area = string.Empty });
        }

        Email = email;
        EmailConfirmationUrl = TempData[ConfirmationLinkKey] as string;
        return Page();
    }
}
