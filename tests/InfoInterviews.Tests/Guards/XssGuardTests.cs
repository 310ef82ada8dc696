using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Guards;

/// <summary>
/// Script typed into every field of every form the app shows, in rounds, and then every
/// page that may show it (lists, details, forms, search results, forms refused and shown again):
/// nothing of it is live in the HTML.
/// </summary>
public abstract class XssGuardTests<TFactory>(GuardFixture<TFactory> fixture) : IClassFixture<GuardFixture<TFactory>>
    where TFactory : AppFactory, new()
{
    private const int Rounds = 3;

    [SkippableFact]
    public async Task Script_typed_into_any_field_is_never_live_in_any_page()
    {
        await fixture.ArrangeAsync();
        var user = fixture.Owner;

        var problems = new List<string>();
        var unsaved = new HashSet<string>(StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        // Each round spreads the payloads over all fields, each field getting a different one each round:
        // a round per payload would type each into each field, at many times the cost.
        for (var round = 0; round < Rounds; round++)
        {
            var typed = round * 7;
            var sweep = await XssSweep.SaveEverywhereAsync(user.Client, user, fixture.Pages, _ => XssSweep.Payloads[typed++ % XssSweep.Payloads.Count]);
            problems.AddRange(sweep.Problems.Select(p => $"[round {round}] {p}"));
            unsaved.UnionWith(sweep.Unsaved);
            foreach (var url in sweep.Shown)
            {
                using var response = await user.Client.Http.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var page = await AppClient.ReadPageAsync(response);
                problems.AddRange(XssSweep.LiveParts(page.Document).Select(p => $"[round {round}] GET {url}: {p}"));
                shown.UnionWith(XssSweep.Payloads.Where(p => page.Text.Contains(p, StringComparison.Ordinal)));
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} live parts of typed script:\n{string.Join("\n", problems)}");

        // The app's own forms (not the account pages, which need a password or a code) must have saved, or nothing was tested.
        var appFormsUnsaved = unsaved.Where(u => !u.StartsWith("/Identity/", StringComparison.Ordinal)).ToList();
        Assert.True(appFormsUnsaved.Count == 0, $"These forms saved none of the payloads, so what they show went untested:\n{string.Join("\n", appFormsUnsaved)}");
        Assert.True(shown.Count == XssSweep.Payloads.Count, $"Never shown back as text: {string.Join(" ", XssSweep.Payloads.Except(shown))}");
    }
}

public sealed class XssGuardTestsOnSqlite(GuardFixture<SqliteAppFactory> fixture) : XssGuardTests<SqliteAppFactory>(fixture);

public sealed class XssGuardTestsOnPostgres(GuardFixture<PostgresAppFactory> fixture) : XssGuardTests<PostgresAppFactory>(fixture);
