using InfoInterviews.Web.Data;
using InfoInterviews.Web.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>The user's tags with how many contacts carry each.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.TagRow>
{
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .ToPagedListAsync(t => new TagRow(t.Id, t.Name, t.Contacts.Count), PageNumber, cancellationToken: cancellationToken);

    public sealed record TagRow(int Id, string Name, int Contacts);
}
