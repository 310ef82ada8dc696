using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Contacts.Touches;

public sealed class EditModel(TouchRevisions touches, UserClock clock) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("touch");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int ContactId { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var touch = await touches.LoadAsync(id, cancellationToken);
        if (touch is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Kind = touch.Kind,
            Direction = touch.Direction,
            OccurredLocal = clock.ToLocal(touch.OccurredUtc),
            Summary = touch.Summary,
            Version = touch.Version,
        };
        return Show(touch);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var touch = await touches.LoadAsync(id, cancellationToken);
        if (touch is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Show(touch);
        }

        var conflict = await touches.EditAsync(touch, Input, Input.Version, cancellationToken);
        if (conflict is null)
        {
            StatusMessage = "The touch was saved.";
            return RedirectToPage("/Contacts/Details", new { id = touch.ContactId });
        }

        return conflict.ShowOnForm(ModelState, Input, ConflictMessage) ? Show(touch) : NotFound();
    }

    private PageResult Show(Interaction touch)
    {
        ContactId = touch.ContactId;
        ContactName = touch.Contact!.FullName;
        return Page();
    }

    public sealed class InputModel : TouchInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
