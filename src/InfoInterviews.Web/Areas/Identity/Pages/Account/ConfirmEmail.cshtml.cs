using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>Confirms an account's address from its mailed link. A damaged, forged or used-up link is a 400 page that offers a new one.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> userManager) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId = null, string? code = null)
    {
        var token = AccountLinks.ReadCode(code);
        var user = userId is null || token is null ? null : await userManager.FindByIdAsync(userId);
        if (user is null || !(await userManager.ConfirmEmailAsync(user, token!)).Succeeded)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        Confirmed = true;
        return Page();
    }
}
