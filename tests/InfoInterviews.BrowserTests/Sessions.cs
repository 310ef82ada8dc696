using InfoInterviews.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

public static class Sessions
{
    /// <summary>Creates a confirmed account, then signs in through the page, as its owner would.</summary>
    public static async Task<(IPage Page, TestUser User)> SignedInAsync(this BrowserFixture browser, string timeZone = "UTC", int width = 390)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.NewPageAsync(timeZone);
        await page.SetViewportSizeAsync(width, 844);
        var user = Accounts.NewUser("Grace Hopper");
        await browser.App.CreateConfirmedUserAsync(user, timeZone);

        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welcome, {user.DisplayName}");
        return (page, user);
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        (page ?? throw new ArgumentNullException(nameof(page))).ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });
}
