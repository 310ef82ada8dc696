using System.Globalization;
using System.Reflection;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Export;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// "Download your data" carries the whole workspace: the export document, with the account fields that
/// Identity counts as personal data (and the external logins and authenticator key, as Identity's own
/// page lists them) added to it.
/// </summary>
public sealed partial class DownloadPersonalDataModel(
    UserManager<ApplicationUser> userManager,
    WorkspaceDocument document,
    ILogger<DownloadPersonalDataModel> logger) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        LogDownload(logger, user.Id);
        var personalData = typeof(ApplicationUser).GetProperties()
            .Where(p => p.IsDefined(typeof(PersonalDataAttribute)))
            .ToDictionary(p => p.Name, p => Convert.ToString(p.GetValue(user), CultureInfo.InvariantCulture) ?? "null");
        foreach (var login in await userManager.GetLoginsAsync(user))
        {
            personalData.Add($"{login.LoginProvider} external login provider key", login.ProviderKey);
        }

        personalData.Add("Authenticator Key", await userManager.GetAuthenticatorKeyAsync(user) ?? "null");
        return document.Download("PersonalData.json", personalData);
    }

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "User {UserId} downloaded their personal data")]
    private static partial void LogDownload(ILogger logger, string userId);
}
