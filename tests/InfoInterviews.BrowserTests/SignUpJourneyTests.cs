using InfoInterviews.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

public sealed class SignUpJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_visitor_signs_up_confirms_signs_in_and_lands_on_the_home_page()
    {
        var page = await browser.NewPageAsync(timeZone: "Europe/Berlin");
        var user = Accounts.NewUser("Grace Hopper");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Learn what is not advertised");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Create a free account" }).ClickAsync();
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Berlin");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("Your name").FillAsync(user.DisplayName);
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByLabel("Confirm password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your email" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Confirm my account" }).ClickAsync();
        await Expect(page.GetByText("Thank you for confirming your email.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.ClickAsync();
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome, Grace Hopper");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "signed-in-home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create a free account" })).ToBeVisibleAsync();
        browser.AssertNoPolicyViolations();
    }
}
