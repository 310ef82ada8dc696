using InfoInterviews.Web.Data;
using InfoInterviews.Web.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>The user's tags with how many contacts carry each.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TagRow> Tags { get; private set; } = PagedList.Empty<TagRow>();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tags = await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .ToPagedListAsync(t => new TagRow(t.Id, t.Name, t.Contacts.Count), PageNumber, cancellationToken: cancellationToken);

    public sealed record TagRow(int Id, string Name, int Contacts);
}
