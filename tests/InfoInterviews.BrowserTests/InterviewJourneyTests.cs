using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>
/// A user in Berlin asks a contact for a career conversation, schedules it, prepares with the TIARA
/// set, takes notes, and records what came of it.
/// </summary>
public sealed class InterviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Zone = "Europe/Berlin";

    [SkippableFact]
    public async Task An_interview_is_requested_scheduled_prepared_held_and_completed()
    {
        var (page, _) = await browser.SignedInAsync(Zone, width: 1280);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var today = TimeZoneInfo.ConvertTime(browser.App.Clock.GetUtcNow(), berlin).Date;
        var nextTuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 6) % 7 + 1).AddHours(10);

        await page.GotoAsync("/Contacts/Create");
        await page.GetByLabel("First name").FillAsync("Mary");
        await page.GetByLabel("Last name").FillAsync("Jackson");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Request an informational interview" }).ClickAsync();

        await page.GetByLabel("What is it about?").SelectOptionAsync(new SelectOptionValue { Label = "A career" });
        await page.GetByLabel("What do you want to learn?").FillAsync("Whether aerospace engineering suits me");
        await page.GetByLabel("How will you ask?").SelectOptionAsync(new SelectOptionValue { Label = "Email" });
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the interview" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark requested" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark accepted" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule it" }).ClickAsync();
        await page.GetByLabel("Date and time").FillAsync(nextTuesday.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = "Video" });
        await page.GetByLabel("Location or meeting link").FillAsync("https://meet.example.org/mary");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(nextTuesday.ToString("d MMM yyyy, 10:00", CultureInfo.GetCultureInfo("en-GB")));

        await page.GetByRole(AriaRole.Link, new() { Name = "Attach a question set or add your own" }).First.ClickAsync();
        await page.GetByLabel("Question set", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = await TiaraOptionAsync(page) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record answers" }).First.ClickAsync();
        await page.GetByLabel("Answer").Nth(0).FillAsync("Reusable launch systems");
        await page.GetByLabel("Answer").Nth(1).FillAsync("Most surprising: how much is testing");
        await page.GetByLabel("Notes (Markdown)").FillAsync("Read [the handbook](https://example.org/handbook) <script>window.pwned = true</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator(".markdown-preview a[href='https://example.org/handbook']")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "the handbook" })).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => window.pwned === true"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Mark completed and record the outcome" }).ClickAsync();
        await page.GetByLabel("Key insights").FillAsync("Testing is most of the work");
        await page.GetByLabel("How useful was it?").SelectOptionAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark completed and save the outcome" }).ClickAsync();

        var suggest = page.Locator("#suggest-form");
        await suggest.GetByLabel("First name").FillAsync("Dorothy");
        await suggest.GetByLabel("Last name").FillAsync("Vaughan");
        await suggest.GetByRole(AriaRole.Button, new() { Name = "Add to my contacts" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync("interview-completed");

        await page.Locator("#people").GetByRole(AriaRole.Link, new() { Name = "Dorothy Vaughan" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Mary Jackson");
        browser.AssertNoPolicyViolations();
    }

    private static async Task<string> TiaraOptionAsync(IPage page)
    {
        var labels = await page.GetByLabel("Question set", new() { Exact = true }).Locator("option").AllTextContentsAsync();
        return labels.Single(l => l.Contains("TIARA", StringComparison.Ordinal));
    }
}
