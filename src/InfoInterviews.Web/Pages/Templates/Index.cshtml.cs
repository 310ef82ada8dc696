using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Templates;

/// <summary>The user's outreach templates, by name, for one step or all.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public OutreachStep? Step { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.OutreachTemplates.AsNoTracking();
        if (Step is { } step)
        {
            query = query.Where(t => t.Step == step);
        }

        Results = await query
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .ToPagedListAsync(t => new Row(t.Id, t.Name, t.Step, t.Subject), PageNumber, cancellationToken: cancellationToken);
    }

    public sealed record Row(int Id, string Name, OutreachStep Step, string? Subject);
}
