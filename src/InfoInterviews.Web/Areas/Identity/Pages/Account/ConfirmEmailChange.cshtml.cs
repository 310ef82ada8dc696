using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Moves an account to a new address from the link mailed to that address. A damaged, forged or
/// used-up link, or an address another account took meanwhile, is a 400 page that says so.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(UserManager<ApplicationUser> userManager, SignInManager<ApplicationUser> signInManager) : PageModel
{
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId = null, string? email = null, string? code = null)
    {
        var token = AccountLinks.ReadCode(code);
        var user = userId is null || email is null || token is null ? null : await userManager.FindByIdAsync(userId);
        if (user is null || !(await userManager.ChangeEmailAsync(user, email!, token!)).Succeeded)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        // The address is also the user name the account signs in with.
        var renamed = await userManager.SetUserNameAsync(user, email);
        if (!renamed.Succeeded)
        {
            throw new InvalidOperationException($"The user name of {user.Id} could not follow its new address: {renamed}");
        }

        if (userManager.GetUserId(User) == user.Id)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        Changed = true;
        return Page();
    }
}
