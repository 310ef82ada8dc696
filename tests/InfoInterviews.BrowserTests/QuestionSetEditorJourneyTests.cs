using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>Reordering a question set's questions keeps everything typed and keeps focus on the moved question.</summary>
public sealed class QuestionSetEditorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<IPage> EditorAsync(BrowserFixture browser, bool withScript)
    {
        var (page, _) = await browser.SignedInAsync(width: 1280);
        if (!withScript)
        {
            // As when the script fails to load (its address carries a content fingerprint): the move buttons then post the whole form.
            await page.RouteAsync(new Regex(@"/js/question-order\.([a-z0-9]+\.)?js"), route => route.AbortAsync());
        }

        await page.GotoAsync("/QuestionSets/Create");
        await page.GetByLabel("Name").FillAsync("Data careers");
        await page.GetByLabel("Purpose").SelectOptionAsync(new SelectOptionValue { Label = "A specific job" });
        await page.GetByLabel("Questions, one per line").FillAsync("What does a day look like?\nWhat would you learn first?\nWho else should I ask?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Data careers");
        return page;
    }

    /// <summary>Runs axe with its experimental label-in-name rule on, and fails on any violation at all.</summary>
    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } },
        });
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})").ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", violations)}");
    }

    private static async Task TypeAndMoveFirstDownAsync(IPage page)
    {
        await page.GetByLabel("Question 1", new() { Exact = true }).FillAsync("What does a day look like, really?");
        await page.GetByLabel("Name").FillAsync("Data careers, edited");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move down: question 1" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task AssertMovedWithEditsAsync(IPage page)
    {
        await Expect(page.GetByLabel("Question 2", new() { Exact = true })).ToHaveValueAsync("What does a day look like, really?");
        await Expect(page.GetByLabel("Question 1", new() { Exact = true })).ToHaveValueAsync("What would you learn first?");
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Data careers, edited");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move down: question 2" })).ToBeFocusedAsync();
    }

    private static async Task AssertSavedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).First.ClickAsync();
        await Expect(page.GetByText("The set was saved.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Data careers, edited");
        string[] order = ["What would you learn first?", "What does a day look like, really?", "Who else should I ask?"];
        for (var i = 0; i < order.Length; i++)
        {
            await Expect(page.Locator("textarea.question-text").Nth(i)).ToHaveValueAsync(order[i]);
        }
    }

    [SkippableFact]
    public async Task Moving_a_question_keeps_every_edit_and_focus_on_its_move_button()
    {
        var page = await EditorAsync(browser, withScript: true);
        await AssertNoViolationsAsync(page);

        await TypeAndMoveFirstDownAsync(page);

        await AssertMovedWithEditsAsync(page);
        await Expect(page.Locator("#order-status")).ToContainTextAsync("Question moved to place 2 of 3");
        await AssertNoViolationsAsync(page);
        await page.ScreenshotAsync("question-set-editor");
        await AssertSavedAsync(page);
        browser.AssertNoPolicyViolations();
    }

    [SkippableFact]
    public async Task Without_the_script_a_move_saves_every_edit_and_returns_to_the_move_button()
    {
        var page = await EditorAsync(browser, withScript: false);

        await TypeAndMoveFirstDownAsync(page);

        await Expect(page.GetByText("The question was moved and the set saved.")).ToBeVisibleAsync();
        await AssertMovedWithEditsAsync(page);
        await AssertSavedAsync(page);
    }
}
