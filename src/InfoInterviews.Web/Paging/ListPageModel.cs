using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Paging;

/// <summary>
/// What every list page binds and shows the same way: the page number and the flash message of the
/// last action. Filters and sort keys stay on the page, as <c>[BindProperty(SupportsGet = true)]</c>
/// properties.
/// </summary>
public abstract class ListPageModel : PageModel
{
    /// <summary>
    /// From <c>?page=</c>. Razor Pages keeps the route value <c>page</c> for the page's own name, so a
    /// property bound as <c>page</c> would read that instead.
    /// </summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }
}

/// <summary>A list paged by number: <see cref="Results"/> is the page of rows, empty until the list is read.</summary>
public abstract class ListPageModel<TRow> : ListPageModel
{
    public PagedList<TRow> Results { get; protected set; } = PagedList.Empty<TRow>();
}

/// <summary>
/// A list that can grow to the whole workspace, paged from a place in its order (<see cref="SeekList"/>):
/// "Next" carries <c>?after=</c> the last row's cursor, "Previous" <c>?before=</c> the first row's, and a
/// page number of an older link still works.
/// </summary>
public abstract class SeekListPageModel<TRow> : ListPageModel
{
    [FromQuery(Name = "after")]
    public string? After { get; set; }

    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    /// <summary>The page of rows shown; empty until the list is read.</summary>
    public SeekList<TRow> Results { get; protected set; } = SeekList.Empty<TRow>();

    /// <summary>Where the request asks the list to start, shown reversed when <paramref name="descending"/>.</summary>
    protected SeekRequest SeekFrom(bool descending) => new(After, Before, PageNumber, descending);

    /// <summary>A cursor that cannot be read leaves its message on the page (under the key <c>after</c>), which shows the first page.</summary>
    protected void StaleCursor() => ModelState.AddModelError("after", SeekList.StaleCursorMessage);
}
