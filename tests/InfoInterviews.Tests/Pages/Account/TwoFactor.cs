using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

internal static class TwoFactor
{
    /// <summary>Sets up an authenticator app for the signed-in user, as they would in settings.</summary>
    /// <returns>The key the app was given.</returns>
    public static async Task<string> EnableAsync(this AppClient client)
    {
        var enable = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        var key = enable.Find("kbd").TextContent;
        using var enabled = await client.SubmitAsync(enable, "#send-code", new Dictionary<string, string?>
        {
            ["Input.Code"] = AuthenticatorApp.CodeFor(key, DateTimeOffset.UtcNow),
        });
        Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", enabled.Headers.Location?.OriginalString);
        return key;
    }
}
