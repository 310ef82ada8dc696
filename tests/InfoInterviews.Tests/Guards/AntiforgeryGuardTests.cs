using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Guards;

/// <summary>
/// Every POST handler of every page, the account pages included, found in the app's endpoints and
/// posted by a signed-in user to their own rows with the form's fields but no antiforgery token:
/// each answers 400 and nothing changes.
/// </summary>
public abstract class AntiforgeryGuardTests<TFactory>(GuardFixture<TFactory> fixture) : IClassFixture<GuardFixture<TFactory>>
    where TFactory : AppFactory, new()
{
    [SkippableFact]
    public async Task Post_without_an_antiforgery_token_returns_400_and_changes_nothing()
    {
        await fixture.ArrangeAsync();
        var user = fixture.Owner;

        // Reading a form may change the account (the authenticator page makes a key), so all forms are read first.
        var posts = new List<(AppPage Page, PageHandler Handler, string Url, List<KeyValuePair<string, string>> Fields)>();
        foreach (var page in fixture.Pages)
        {
            var getHandler = page.Handlers.FirstOrDefault(h => !h.IsPost && h.Name is null) ?? new PageHandler("Get", null, []);
            var formPage = page.Url(getHandler, user.ValuesFor(page, page.RouteParameters.Concat(getHandler.IdParameters).Distinct()));
            foreach (var handler in page.Handlers.Where(h => h.IsPost))
            {
                var url = page.Url(handler, user.ValuesFor(page, page.RouteParameters.Concat(handler.IdParameters).Distinct()));
                posts.Add((page, handler, url, await FormPost.FieldsAsync(user.Client, formPage, handler, handler.IdParameters)));
            }
        }

        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory);
        var failures = new List<string>();
        foreach (var (page, handler, url, fields) in posts)
        {
            using var response = await FormPost.PostAsync(user.Client, url, fields, token: null);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"POST {url} ({page} {handler}, {fields.Count} form fields): {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {posts.Count} posts without an antiforgery token did not answer 400:\n{string.Join("\n", failures)}");
        Assert.Contains(posts, p => p.Url.StartsWith("/Identity/Account/Manage", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Url.StartsWith("/Identity/Account/Logout", StringComparison.Ordinal));
        DatabaseSnapshot.AssertUnchanged(before, await DatabaseSnapshot.TakeAsync(fixture.Factory), "Posting without an antiforgery token");
    }
}

public sealed class AntiforgeryGuardTestsOnSqlite(GuardFixture<SqliteAppFactory> fixture) : AntiforgeryGuardTests<SqliteAppFactory>(fixture);

public sealed class AntiforgeryGuardTestsOnPostgres(GuardFixture<PostgresAppFactory> fixture) : AntiforgeryGuardTests<PostgresAppFactory>(fixture);
