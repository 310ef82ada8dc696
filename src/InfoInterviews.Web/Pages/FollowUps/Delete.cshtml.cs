using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>Deletes a follow-up, after asking. Marking it done keeps it in the record instead.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public FollowUpRow FollowUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.FollowUps.AsNoTracking().Where(f => f.Id == id).Select(FollowUpRow.FromEntity).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        FollowUp = row;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (followUp is null)
        {
            return NotFound();
        }

        db.FollowUps.Remove(followUp);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"Deleted: {followUp.Title}.";
        return RedirectToPage("Index");
    }
}
