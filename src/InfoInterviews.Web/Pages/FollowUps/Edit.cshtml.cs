using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>Edits a follow-up; a change saved meanwhile (a snooze in another tab) is never silently overwritten.</summary>
public sealed class EditModel(AppDbContext db, UserClock clock) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("follow-up");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int Id { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new { f.Kind, f.Title, f.Notes, f.DueUtc, f.Version, ContactName = f.Contact!.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (followUp is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Kind = followUp.Kind,
            Title = followUp.Title,
            Notes = followUp.Notes,
            DueDate = DateOnly.FromDateTime(clock.ToLocal(followUp.DueUtc)),
            Version = followUp.Version,
        };
        return Show(id, followUp.ContactName);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.Include(f => f.Contact).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (followUp is null)
        {
            return NotFound();
        }

        return await this.SaveAsync(
            Input,
            ConflictMessage,
            () =>
            {
                followUp.Edit(Input.Kind, Input.TidyTitle(), Input.TidyNotes(), Input.DueUtc(clock, followUp.DueUtc));
                return Task.CompletedTask;
            },
            () => db.SaveAtVersionAsync(followUp, Input.Version, cancellationToken),
            () =>
            {
                StatusMessage = $"Saved: {followUp.Title}.";
                return RedirectToPage("Details", new { id });
            },
            () => Task.FromResult(Show(id, followUp.Contact!.FullName)));
    }

    private PageResult Show(int id, string contactName)
    {
        Id = id;
        ContactName = contactName;
        return Page();
    }

    public sealed class InputModel : FollowUpInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
