using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>Importing LinkedIn's export through the real pages, on a phone.</summary>
public sealed partial class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 375;

    [SkippableFact]
    public async Task A_connections_file_uploads_previews_and_imports_on_a_phone()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        var longCompany = "Company" + new string('W', 60);
        var file = $"""
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Zoë,Müller,https://www.linkedin.com/in/zoe-muller,,"{longCompany}, Inc",Ingénieure,2 Jan 2023
            Kofi,Annan,https://www.linkedin.com/in/kofi,,"Smith, Jones & Co",Partner,15 Mar 2024
            Broken,Row,https://www.linkedin.com/in/broken,,Acme "Widgets,Boss,3 Feb 2020
            """;

        await page.GotoAsync("/Contacts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload
        {
            Name = "Connections.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(file),
        });
        await FitsAndPassesAsync(page, "import-upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(PreviewPage());
        await Expect(page.Locator("#count-new")).ToHaveTextAsync("2");
        await Expect(page.Locator("#count-unreadable")).ToHaveTextAsync("1");
        await FitsAndPassesAsync(page, "import-preview");

        // What the button shows the moment the form submits: a listener added after the page's own runs after
        // it, and sessionStorage keeps what it saw across the navigation that follows.
        await page.EvaluateAsync(
            """
            () => {
              const button = document.querySelector('button[data-busy-text]');
              button.form.addEventListener('submit', () => sessionStorage.setItem('at-submit', JSON.stringify([
                button.textContent.trim(), String(button.disabled), button.form.getAttribute('aria-busy')])));
            }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 new and 0 job changes" }).ClickAsync();

        await Expect(page.GetByText("2 new contacts added")).ToBeVisibleAsync();
        var atSubmit = await page.EvaluateAsync<string?>("() => sessionStorage.getItem('at-submit')");
        Assert.NotNull(atSubmit);
        Assert.Equal(["Importing 2 contacts…", "true", "true"], JsonSerializer.Deserialize<string[]>(atSubmit)!);
        var userId = await browser.App.FindUserIdAsync(user.Email);
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            Assert.Equal(["Kofi", "Zoë"], await db.Contacts.OrderBy(c => c.FirstName).Select(c => c.FirstName).ToListAsync());
        }

        browser.AssertNoPolicyViolations();
    }

    private static async Task FitsAndPassesAsync(IPage page, string name)
    {
        var (scrollWidth, clientWidth) = await page.WidthsAsync();
        await page.ScreenshotAsync("phone-" + name);
        Assert.True(scrollWidth <= clientWidth, $"{page.Url} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
        await page.AssertNoSeriousViolationsAsync();
    }

    [GeneratedRegex(@"/Import/\d+/Preview$")]
    private static partial Regex PreviewPage();
}
