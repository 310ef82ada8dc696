using System.Collections.Concurrent;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Infrastructure;

public sealed record TestUser(string Email, string Password, string DisplayName);

/// <summary>
/// Signs users up and in through the real account pages, or, for tests about something else, makes a
/// confirmed account straight away and signs in through the login form only.
/// </summary>
public static class Accounts
{
    public const string Password = "correct horse battery staple";

    // The development link is shown once, on the page right after sign-up, to the browser that signed
    // up: it is kept here from RegisterAsync for ConfirmAsync.
    private static readonly ConcurrentDictionary<string, string> ConfirmationLinks = new(StringComparer.Ordinal);

    public static TestUser NewUser(string displayName = "Ada Lovelace") =>
        new($"user-{Guid.NewGuid():N}@example.test", Password, displayName);

    /// <summary>Registers a new account, confirms it by the link shown in Development after sign-up, and signs in.</summary>
    public static async Task<TestUser> SignUpAndSignInAsync(this AppClient client, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(client);
        var user = NewUser();
        await client.RegisterAsync(user, timeZone);
        await client.ConfirmAsync(user);
        await client.SignInToHomeAsync(user);
        return user;
    }

    /// <summary>
    /// Creates a confirmed account for a new user and signs the client in through the login form,
    /// which opens the account's session as any sign-in does. Returns the account's id. The account
    /// pages' own tests go through <see cref="SignUpAndSignInAsync"/> instead.
    /// </summary>
    public static async Task<string> SignInNewUserAsync(this AppFactory factory, AppClient client, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(client);
        var user = NewUser();
        var id = await factory.CreateConfirmedUserAsync(user, timeZone);
        await client.SignInToHomeAsync(user);
        return id;
    }

    /// <summary>
    /// Creates the account through the app's own user manager, confirmed, with the workspace a sign-up
    /// seeds, and returns its id: for tests about something other than signing up.
    /// </summary>
    public static async Task<string> CreateConfirmedUserAsync(this AppFactory factory, TestUser user, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(user);
        var account = new ApplicationUser
        {
            UserName = user.Email,
            Email = user.Email,
            EmailConfirmed = true,
            DisplayName = user.DisplayName,
            TimeZoneId = timeZone,
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(account, user.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await scope.ServiceProvider.GetRequiredService<WorkspaceSeeder>().SeedAsync(account.Id);
        return account.Id;
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
        var confirmation = await client.FollowAsync(response);
        if (confirmation.Document.QuerySelector("#confirm-link")?.GetAttribute("href") is { } link)
        {
            ConfirmationLinks[user.Email] = link;
        }

        return confirmation;
    }

    public static async Task ConfirmAsync(this AppClient client, TestUser user)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        Assert.True(ConfirmationLinks.TryRemove(user.Email, out var link), $"No confirmation link was shown when {user.Email} signed up.");
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
        var help = await client.GetPageAsync("/Help");
        using var response = await client.SubmitAsync(help, "#logoutForm");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task SignInToHomeAsync(this AppClient client, TestUser user)
    {
        using var signIn = await client.SignInAsync(user);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }
}
