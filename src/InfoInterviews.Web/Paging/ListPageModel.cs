using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Paging;

/// <summary>
/// What every list page binds and shows the same way: the page number, the flash message of the last
/// action, and the page of rows. Filters and sort keys stay on the page, as
/// <c>[BindProperty(SupportsGet = true)]</c> properties.
/// </summary>
public abstract class ListPageModel<TRow> : PageModel
{
    /// <summary>
    /// From <c>?page=</c>. Razor Pages keeps the route value <c>page</c> for the page's own name, so a
    /// property bound as <c>page</c> would read that instead.
    /// </summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The page of rows shown; empty until the list is read.</summary>
    public PagedList<TRow> Results { get; protected set; } = PagedList.Empty<TRow>();
}
