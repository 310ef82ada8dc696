using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>Signs out, then goes back only to a page of this site: a return address elsewhere leads home.</summary>
public sealed partial class LogoutModel(SignInManager<ApplicationUser> signInManager, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        await signInManager.SignOutAsync();
        LogSignedOut(logger);
        if (returnUrl is null)
        {
            return RedirectToPage();
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Index", new { area = string.Empty });
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "User signed out")]
    private static partial void LogSignedOut(ILogger logger);
}
