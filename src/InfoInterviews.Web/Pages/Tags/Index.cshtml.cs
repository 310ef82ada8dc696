using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>The user's tags with how many contacts carry each.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<TagRow> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tags = await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TagRow(t.Id, t.Name, t.Contacts.Count))
            .ToListAsync(cancellationToken);

    public sealed record TagRow(int Id, string Name, int Contacts);
}
