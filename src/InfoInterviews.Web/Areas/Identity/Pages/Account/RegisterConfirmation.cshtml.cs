using System.Text;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>Tells a new user to confirm their email; in Development it also shows the link, so no mail is needed.</summary>
public sealed class RegisterConfirmationModel(UserManager<ApplicationUser> userManager, IWebHostEnvironment environment) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public string? EmailConfirmationUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? email, string? returnUrl = null)
    {
        if (string.IsNullOrEmpty(email))
        {
            return RedirectToPage("/Index", new { area = string.Empty });
        }

        Email = email;
        if (environment.IsDevelopment() && await userManager.FindByEmailAsync(email) is { EmailConfirmed: false } user)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await userManager.GenerateEmailConfirmationTokenAsync(user)));
            EmailConfirmationUrl = Url.Page(
                "/Account/ConfirmEmail",
                pageHandler: null,
                values: new { area = "Identity", userId = user.Id, code, returnUrl = returnUrl ?? Url.Content("~/") },
                protocol: Request.Scheme);
        }

        return Page();
    }
}
