using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages;

/// <summary>Ends every session of the user, on every browser and device, this one included, after asking.</summary>
public sealed partial class SignOutEverywhereModel(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    UserSessions sessions,
    ILogger<SignOutEverywhereModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = userManager.GetUserId(User);
        if (userId is null)
        {
            return NotFound();
        }

        await sessions.EndAllAsync(userId);
        await signInManager.SignOutAsync();
        LogSignedOutEverywhere(logger, userId);
        StatusMessage = "You were signed out on every device.";
        return RedirectToPage("/Index");
    }

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "User {UserId} signed out everywhere")]
    private static partial void LogSignedOutEverywhere(ILogger logger, string userId);
}
