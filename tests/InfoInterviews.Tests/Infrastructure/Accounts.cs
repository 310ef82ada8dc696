namespace InfoInterviews.Tests.Infrastructure;

public sealed record TestUser(string Email, string Password, string DisplayName);

/// <summary>Signs users up and in through the real account pages.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery staple";

    public static TestUser NewUser(string displayName = "Ada Lovelace") =>
        new($"user-{Guid.NewGuid():N}@example.test", Password, displayName);

    /// <summary>Registers a new account, confirms it by the link shown in Development, and signs in.</summary>
    public static async Task<TestUser> SignUpAndSignInAsync(this AppClient client, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(client);
        var user = NewUser();
        await client.RegisterAsync(user, timeZone);
        await client.ConfirmAsync(user);
        using var signIn = await client.SignInAsync(user);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        return user;
    }

    public static async Task<HtmlPage> RegisterAsync(this AppClient client, TestUser user, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        var page = await client.GetPageAsync("/Identity/Account/Register");
        using var response = await client.SubmitAsync(page, "#registerForm", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = user.DisplayName,
            ["Input.Email"] = user.Email,
            ["Input.TimeZoneId"] = timeZone,
            ["Input.Password"] = user.Password,
            ["Input.ConfirmPassword"] = user.Password,
        });
        return await client.FollowAsync(response);
    }

    public static async Task ConfirmAsync(this AppClient client, TestUser user)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        var confirmation = await client.GetPageAsync($"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(user.Email)}");
        var link = confirmation.Find("#confirm-link").GetAttribute("href")!;
        var confirmed = await client.GetPageAsync(link);
        Assert.Contains("Thank you for confirming your email", confirmed.Text, StringComparison.Ordinal);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this AppClient client, TestUser user, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        var page = await client.GetPageAsync("/Identity/Account/Login");
        var response = await client.SubmitAsync(page, "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = password ?? user.Password,
        });
        return response;
    }

    public static async Task SignOutAsync(this AppClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var home = await client.GetPageAsync("/");
        using var response = await client.SubmitAsync(home, "#logoutForm");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
