using InfoInterviews.Web.Calendar;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages;

/// <summary>What the calendar feed page asks the user to confirm before doing it.</summary>
public enum FeedChange
{
    NewAddress,
    TurnOff,
}

/// <summary>
/// The private calendar feed, part of settings: turn it on, give it a new address, or turn it off. Only
/// the token's hash is stored, so its address is shown once, on the page right after it was made.
/// </summary>
public sealed partial class CalendarFeedModel(UserManager<ApplicationUser> userManager, AppLinks links, ILogger<CalendarFeedModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The address just made, carried once to the page the post redirects to.</summary>
    [TempData]
    public string? NewFeedUrl { get; set; }

    /// <summary>A change the user asked for and is now asked to confirm.</summary>
    [BindProperty(SupportsGet = true)]
    public FeedChange? Confirm { get; set; }

    public bool IsOn { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        IsOn = user.HasCalendarFeed;
        if (NewFeedUrl is not null)
        {
            // The address is a secret that is shown this once: no cache keeps a copy of the page.
            Response.Headers.CacheControl = "no-store";
        }

        if (!IsOn)
        {
            Confirm = null;
        }

        return Page();
    }

    public Task<IActionResult> OnPostTurnOnAsync() =>
        ChangeAsync(user => !user.HasCalendarFeed, IssueAddress, "Your calendar feed is on. Subscribe to its address below.");

    public Task<IActionResult> OnPostNewAddressAsync() =>
        ChangeAsync(user => user.HasCalendarFeed, IssueAddress, "Your calendar feed has a new address: the old one no longer works.");

    public Task<IActionResult> OnPostTurnOffAsync() =>
        ChangeAsync(user => user.HasCalendarFeed, user => user.TurnOffCalendarFeed(), "Your calendar feed is off: its address no longer works.");

    /// <summary>
    /// Makes the change and saves it, when it still applies: a second click, or a form from another tab
    /// that is out of date, shows the feed as it is instead.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Func<ApplicationUser, bool> applies, Action<ApplicationUser> change, string message)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!applies(user))
        {
            StatusMessage = user.HasCalendarFeed ? "Your calendar feed is already on." : "Your calendar feed is already off.";
            return RedirectToPage();
        }

        change(user);
        var result = await userManager.UpdateAsync(user);
        if (!result.Succeeded)
        {
            NewFeedUrl = null;
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            IsOn = user.HasCalendarFeed;
            return Page();
        }

        LogFeedChanged(logger, user.Id, user.HasCalendarFeed);
        StatusMessage = message;
        return RedirectToPage();
    }

    private void IssueAddress(ApplicationUser user) =>
        NewFeedUrl = links.Endpoint(CalendarFeed.EndpointName, new RouteValueDictionary { [CalendarFeed.TokenParameter] = user.IssueCalendarFeedToken() }, Request);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Information, Message = "User {UserId} changed their calendar feed; it is now on: {IsOn}")]
    private static partial void LogFeedChanged(ILogger logger, string userId, bool isOn);
}
