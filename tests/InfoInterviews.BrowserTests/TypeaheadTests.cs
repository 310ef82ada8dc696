using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>A company filter takes a name: as the user types, the field offers their own companies.</summary>
public sealed class TypeaheadTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task The_company_filter_suggests_the_users_companies_and_filters_by_the_name_picked()
    {
        var (page, _) = await browser.SignedInAsync();
        await page.GotoAsync("/Contacts/Create");
        await page.GetByLabel("First name").FillAsync("Mary");
        await page.GetByLabel("Last name").FillAsync("Jackson");
        await page.GetByLabel("Company").FillAsync("Langley Research");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Mary Jackson");

        await page.GotoAsync("/Contacts");
        var company = page.GetByLabel("Company", new() { Exact = true });
        await company.FillAsync("LANGL");

        await Expect(page.Locator("#company-suggestions option")).ToHaveAttributeAsync("value", "Langley Research");
        await page.AssertNoSeriousViolationsAsync();
        await company.FillAsync("Langley Research");
        await company.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("company=Langley\\+Research"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mary Jackson" })).ToBeVisibleAsync();
        await Expect(company).ToHaveValueAsync("Langley Research");
    }
}
