using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace InfoInterviews.BrowserTests;

public static class PageChecks
{
    /// <summary>
    /// Beyond axe's defaults, checks that a control's visible words start its accessible name, so that
    /// a speech user can say what they see (an experimental rule, off unless asked for).
    /// </summary>
    private static readonly AxeRunOptions Options = new()
    {
        Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } },
    };

    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming each.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(Options);
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", serious)}");
    }

    /// <summary>The page's full width and the width of its window, in CSS pixels: the page scrolls sideways when the first is larger.</summary>
    public static async Task<(int ScrollWidth, int ClientWidth)> WidthsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>Fails if any page of the fixture had a script, style or image refused by the content security policy.</summary>
    public static void AssertNoPolicyViolations(this BrowserFixture browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        Assert.True(browser.PolicyViolations.Count == 0, string.Join("\n", browser.PolicyViolations));
    }
}
