using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>An empty workspace's home page on a phone, the sample data it offers, and taking it away again.</summary>
public sealed class FirstRunTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 375;

    [SkippableFact]
    public async Task The_first_run_loads_sample_data_and_removes_it_on_a_phone_without_sideways_scroll_or_accessibility_faults()
    {
        var (page, _) = await browser.SignedInAsync(width: PhoneWidth);

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "add your first contact" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import your LinkedIn connections" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, "phone-first-run");

        await page.GetByRole(AriaRole.Button, new() { Name = "Load sample data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sample data loaded");
        await AssertFitsAsync(page, "phone-home-with-sample-data");
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove the sample data" }).ClickAsync();
        await AssertFitsAsync(page, "phone-sample-data");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove sample data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The sample data was removed.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Load sample data" })).ToBeVisibleAsync();
        browser.AssertNoPolicyViolations();
    }

    private static async Task AssertFitsAsync(IPage page, string screenshot)
    {
        var (scrollWidth, clientWidth) = await page.WidthsAsync();
        await page.ScreenshotAsync(screenshot);
        Assert.True(scrollWidth <= clientWidth, $"{page.Url} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
        await page.AssertNoSeriousViolationsAsync();
    }
}
