using System.Text;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// The links account mail carries, each with a fresh code, built on the public origin (see <see cref="AppLinks"/>)
/// so that a forged Host header cannot send the code elsewhere.
/// </summary>
public sealed class AccountLinks(UserManager<ApplicationUser> userManager, AppLinks links)
{
    public async Task<string> ConfirmEmailAsync(HttpRequest request, ApplicationUser user, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = WriteCode(await userManager.GenerateEmailConfirmationTokenAsync(user));
        return PageUrl(request, "/Account/ConfirmEmail", new { area = "Identity", userId = user.Id, code, returnUrl });
    }

    public async Task<string> ResetPasswordAsync(HttpRequest request, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = WriteCode(await userManager.GeneratePasswordResetTokenAsync(user));
        return PageUrl(request, "/Account/ResetPassword", new { area = "Identity", code });
    }

    public async Task<string> ConfirmEmailChangeAsync(HttpRequest request, ApplicationUser user, string newEmail)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = WriteCode(await userManager.GenerateChangeEmailTokenAsync(user, newEmail));
        return PageUrl(request, "/Account/ConfirmEmailChange", new { area = "Identity", userId = user.Id, email = newEmail, code });
    }

    public string SignIn(HttpRequest request) => PageUrl(request, "/Account/Login", new { area = "Identity" });

    public string ForgotPassword(HttpRequest request) => PageUrl(request, "/Account/ForgotPassword", new { area = "Identity" });

    /// <summary>The token inside a link's code, or null when the code is missing or was not written by <see cref="WriteCode"/>.</summary>
    public static string? ReadCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string WriteCode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string PageUrl(HttpRequest request, string page, object values)
    {
        ArgumentNullException.ThrowIfNull(request);
        return links.Page(page, values, request);
    }
}
