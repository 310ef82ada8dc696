using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>On a phone-width screen: add a contact, find it, log a call in two clicks, see the target list.</summary>
public sealed class ContactsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_new_contact_is_found_by_company_gets_a_call_logged_and_ranks_the_company()
    {
        var (page, _) = await browser.SignedInAsync();

        await page.GotoAsync("/Contacts");
        await Expect(page.GetByText("No contacts yet")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add your first contact" }).ClickAsync();

        await page.GetByLabel("First name").FillAsync("Katherine");
        await page.GetByLabel("Last name").FillAsync("Johnson");
        await page.GetByLabel("Company").FillAsync("Northwind Analytics");
        await page.GetByLabel("Role").FillAsync("Head of data");
        await page.GetByLabel("Tags").FillAsync("mentor, data science");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Katherine Johnson");

        await page.GotoAsync("/Contacts");
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("northw");
        await page.GetByLabel("Search", new() { Exact = true }).PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Katherine Johnson" }).ClickAsync();
        await Expect(page.GetByText("mentor")).ToBeVisibleAsync();

        await page.Locator("label", new() { HasText = "Call" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log touch" }).ClickAsync();

        var timeline = page.Locator("[aria-labelledby='timeline-heading'] li").First;
        await Expect(timeline).ToContainTextAsync("Call");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync("contact-details-phone");

        await page.GotoAsync("/Companies");
        var row = page.GetByRole(AriaRole.Row, new() { Name = "Northwind Analytics" });
        // Columns: rank, company, motivation, posting, advocacy, industry.
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("1");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync("target-list-phone");
        browser.AssertNoPolicyViolations();
    }
}
