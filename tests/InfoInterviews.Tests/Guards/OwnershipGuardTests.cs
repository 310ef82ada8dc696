using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Guards;

/// <summary>
/// Every page that takes an id, found in the app's endpoints, asked by a second user for the first
/// user's rows: each GET and each POST handler answers 404 and the first user's rows stay as they were.
/// A page whose id this guard cannot fill fails it, so a new page is covered on purpose.
/// </summary>
public abstract class OwnershipGuardTests<TFactory>(GuardFixture<TFactory> fixture) : IClassFixture<GuardFixture<TFactory>>
    where TFactory : AppFactory, new()
{
    [SkippableFact]
    public async Task Every_page_knows_what_each_id_it_takes_names()
    {
        await fixture.ArrangeAsync();

        var unknown = fixture.Pages
            .SelectMany(page => page.IdParameters.Where(p => Workspace.KindOf(page, p) is null).Select(p => $"{page} takes {{{p}}}"))
            .ToList();

        Assert.True(unknown.Count == 0,
            $"Say which row each of these names in {nameof(Workspace)}, so the ownership guards cover it:\n{string.Join("\n", unknown)}");
        Assert.Contains(fixture.Pages, p => p.IdParameters.Count > 0);
    }

    [SkippableFact]
    public async Task Get_with_another_users_ids_returns_404()
    {
        await fixture.ArrangeAsync();
        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, fixture.Owner.UserId);

        var failures = new List<string>();
        var asked = 0;
        foreach (var (page, handler, url, foreign) in Requests(isPost: false))
        {
            asked++;
            using var response = await fixture.Other.Client.Http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {url} ({page} {handler}, the first user's {foreign}): {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {asked} requests for another user's rows did not answer 404:\n{string.Join("\n", failures)}");
        DatabaseSnapshot.AssertUnchanged(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, fixture.Owner.UserId), "Reading another user's pages");
    }

    [SkippableFact]
    public async Task Post_with_another_users_ids_returns_404_and_changes_nothing()
    {
        await fixture.ArrangeAsync();
        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, fixture.Owner.UserId);
        var token = await fixture.Other.Client.TokenAsync();

        var failures = new List<string>();
        var asked = 0;
        foreach (var (page, handler, url, foreign) in Requests(isPost: true))
        {
            asked++;
            var getHandler = page.Handlers.FirstOrDefault(h => !h.IsPost && h.Name is null) ?? new PageHandler("Get", null, []);
            var ownFormPage = page.Url(getHandler, fixture.Other.ValuesFor(page, page.IdParameters.Where(p => page.RouteParameters.Contains(p) || getHandler.IdParameters.Contains(p))));
            var fields = await FormPost.FieldsAsync(fixture.Other.Client, ownFormPage, handler, page.IdParameters);
            using var response = await FormPost.PostAsync(fixture.Other.Client, url, fields, token);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"POST {url} ({page} {handler}, the first user's {foreign}, {fields.Count} form fields): {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {asked} posts to another user's rows did not answer 404:\n{string.Join("\n", failures)}");
        DatabaseSnapshot.AssertUnchanged(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, fixture.Owner.UserId), "Posting to another user's pages");
    }

    /// <summary>
    /// For each handler that takes ids: each id in turn set to the first user's row and the others to
    /// the second user's own (so that no other id answers 404 in its place), and all of them the first user's.
    /// </summary>
    private IEnumerable<(AppPage Page, PageHandler Handler, string Url, string Foreign)> Requests(bool isPost)
    {
        foreach (var page in fixture.Pages)
        {
            var handlers = page.Handlers.Any(h => !h.IsPost) || isPost
                ? page.Handlers.Where(h => h.IsPost == isPost)
                : [new PageHandler("Get", null, [])];
            foreach (var handler in handlers)
            {
                var parameters = page.RouteParameters.Concat(handler.IdParameters).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (parameters.Count == 0)
                {
                    continue;
                }

                var own = fixture.Other.ValuesFor(page, parameters);
                var theirs = fixture.Owner.ValuesFor(page, parameters);
                foreach (var parameter in parameters)
                {
                    var values = new Dictionary<string, object>(own) { [parameter] = theirs[parameter] };
                    yield return (page, handler, page.Url(handler, values), parameter);
                }

                if (parameters.Count > 1)
                {
                    yield return (page, handler, page.Url(handler, theirs), string.Join(", ", parameters));
                }
            }
        }
    }
}

public sealed class OwnershipGuardTestsOnSqlite(GuardFixture<SqliteAppFactory> fixture) : OwnershipGuardTests<SqliteAppFactory>(fixture);

public sealed class OwnershipGuardTestsOnPostgres(GuardFixture<PostgresAppFactory> fixture) : OwnershipGuardTests<PostgresAppFactory>(fixture);
