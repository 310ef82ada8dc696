using InfoInterviews.Web.Data;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>Marks a follow-up done, or open again, in one click from any list that shows it.</summary>
public sealed class DoneModel(AppDbContext db, UserClock clock) : OneClickPageModel(db)
{
    /// <summary>Nothing to show: the address leads to the follow-up itself.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await Db.FollowUps.AnyAsync(f => f.Id == id, cancellationToken) ? RedirectToPage("Details", new { id }) : NotFound();

    /// <summary>A second click, or one from an older tab, finds it done already and leaves it so.</summary>
    public Task<IActionResult> OnPostAsync(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ApplyAsync(id, returnUrl, followUp =>
        {
            if (!followUp.IsDone)
            {
                followUp.Complete(clock.UtcNow);
            }

            return $"Done: {followUp.Title}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ApplyAsync(id, returnUrl, followUp =>
        {
            followUp.Reopen();
            return $"Open again: {followUp.Title}.";
        }, cancellationToken);
}
