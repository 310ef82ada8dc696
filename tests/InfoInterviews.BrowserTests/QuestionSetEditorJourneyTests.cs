using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>Reordering, removing and adding a question set's questions keeps everything typed, and focus where the user acts next.</summary>
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

    private static Task AssertSavedAsync(IPage page) =>
        AssertSavedAsync(page, "What would you learn first?", "What does a day look like, really?", "Who else should I ask?");

    private static async Task AssertSavedAsync(IPage page, params string[] order)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).First.ClickAsync();
        await Expect(page.GetByText("The set was saved.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Data careers, edited");
        await Expect(page.Locator("textarea.question-text")).ToHaveCountAsync(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            await Expect(page.Locator("textarea.question-text").Nth(i)).ToHaveValueAsync(order[i]);
        }
    }

    private static async Task TypeInNameAndQuestionAsync(IPage page, int number, string text)
    {
        await page.GetByLabel("Name").FillAsync("Data careers, edited");
        await page.GetByLabel($"Question {number}", new() { Exact = true }).FillAsync(text);
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

    [SkippableFact]
    public async Task Removing_a_question_keeps_every_edit_and_moves_focus_to_the_next_question()
    {
        var page = await EditorAsync(browser, withScript: true);
        await TypeInNameAndQuestionAsync(page, 3, "Who else should I ask, and why?");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove: question 1" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByLabel("Question 1", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Question 1", new() { Exact = true })).ToHaveValueAsync("What would you learn first?");
        await Expect(page.GetByLabel("Question 2", new() { Exact = true })).ToHaveValueAsync("Who else should I ask, and why?");
        await Expect(page.Locator("#order-status")).ToContainTextAsync("Question removed");
        await AssertNoViolationsAsync(page);

        // The last question gone, focus goes on to the button that adds one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove: question 2" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add a question" })).ToBeFocusedAsync();
        await AssertSavedAsync(page, "What would you learn first?");
        browser.AssertNoPolicyViolations();
    }

    [SkippableFact]
    public async Task Adding_a_question_keeps_every_edit_and_focuses_the_new_question()
    {
        var page = await EditorAsync(browser, withScript: true);
        await TypeInNameAndQuestionAsync(page, 2, "What would you learn first, and how?");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();

        var added = page.GetByLabel("Question 4", new() { Exact = true });
        await Expect(added).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("What should I read before we talk?");
        await Expect(page.Locator("#order-status")).ToContainTextAsync("Question 4 added");
        await AssertNoViolationsAsync(page);

        // An added question moves and goes away like the others, without the page leaving.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move up: question 4" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove: question 5" }).ClickAsync();
        await AssertSavedAsync(
            page,
            "What does a day look like?",
            "What would you learn first, and how?",
            "What should I read before we talk?",
            "Who else should I ask?");
        browser.AssertNoPolicyViolations();
    }
}
