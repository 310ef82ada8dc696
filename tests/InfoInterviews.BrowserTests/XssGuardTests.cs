using System.Net;
using InfoInterviews.Tests.Guards;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfoInterviews.BrowserTests;

/// <summary>
/// Script typed into every field of every form (the payloads spread over the fields), then every page
/// that may show it opened in Chromium, with its Markdown previews shown: no dialog opens, no script
/// is refused by the content security policy, and nothing of it is live in the page.
/// </summary>
public sealed class XssGuardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Script_typed_into_any_field_never_runs_in_any_page()
    {
        var page = await browser.NewPageAsync();
        var cookies = new CookieContainer();
#pragma warning disable CA2000 // The client owns and disposes the handler.
        using var client = new AppClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = browser.BaseAddress });
#pragma warning restore CA2000
        using var user = await Workspace.ArrangeAsync(browser.App, "Browser", client);
        var typed = 0;
        var sweep = await XssSweep.SaveEverywhereAsync(client, user, await AppPage.AllAsync(browser.App.Services), _ => XssSweep.Payloads[typed++ % XssSweep.Payloads.Count]);
        await page.Context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Domain = browser.BaseAddress.Host, Path = "/" }));

        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Type} {dialog.Message}");
            await dialog.DismissAsync();
        };
        var live = new List<string>(sweep.Problems);
        foreach (var url in sweep.Shown)
        {
            // Pages only, as the sweep reads them: a download (an interview's calendar file) opens no page.
            using (var shown = await client.Http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute)))
            {
                if (shown.StatusCode != HttpStatusCode.OK || shown.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }
            }

            await page.GotoAsync(url);

            // Buttons that do not submit run the page's own script, such as the Markdown preview. A click
            // may show or hide others (a menu toggle), so each is looked at again before it is clicked.
            var buttons = page.Locator("button[type=button]");
            for (var i = 0; i < await buttons.CountAsync(); i++)
            {
                if (await buttons.Nth(i).IsVisibleAsync())
                {
                    await buttons.Nth(i).ClickAsync();
                }
            }

            // A Markdown preview is busy from its click until the server's rendering is in the page.
            await page.WaitForFunctionAsync("() => document.querySelector('[aria-busy=\"true\"]') === null");
            // The page as it stands after its scripts ran, read by the same rules as the HTML the server sent.
            using var request = new HttpRequestMessage(HttpMethod.Get, page.Url);
            using var current = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(await page.ContentAsync()), RequestMessage = request };
            var document = await AppClient.ReadPageAsync(current);
            live.AddRange(XssSweep.LiveParts(document.Document).Select(p => $"{url}: {p}"));
        }

        Assert.True(dialogs.Count == 0, $"Typed script opened dialogs:\n{string.Join("\n", dialogs)}");
        Assert.True(live.Count == 0, $"Typed script is live:\n{string.Join("\n", live)}");
        browser.AssertNoPolicyViolations();
        Assert.True(typed >= XssSweep.Payloads.Count, "Fewer fields were typed into than there are payloads.");
    }
}
