using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>One follow-up: what to do, with whom, when, and its one-click actions.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public View FollowUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var followUps = db.FollowUps.AsNoTracking().Where(f => f.Id == id);
        var row = await followUps.Select(FollowUpRow.FromEntity).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        var more = await followUps
            .Select(f => new { f.Notes, f.CreatedUtc, InterviewStatus = f.InterviewRequest == null ? (InterviewStatus?)null : f.InterviewRequest.Status })
            .SingleAsync(cancellationToken);
        FollowUp = new View(row, more.Notes, more.CreatedUtc, more.InterviewStatus);
        return Page();
    }

    public sealed record View(FollowUpRow Row, string? Notes, DateTime CreatedUtc, InterviewStatus? InterviewStatus);
}
