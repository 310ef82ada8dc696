using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Contacts.Touches;

public sealed class EditModel(TouchRevisions touches, UserClock clock) : PageModel
{
    [BindProperty]
    public TouchInput Input { get; set; } = new();

    /// <summary>The touch's version when the form was read, so a later change is not overwritten.</summary>
    [BindProperty]
    public Guid Version { get; set; }

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

        Input = new TouchInput
        {
            Kind = touch.Kind,
            Direction = touch.Direction,
            OccurredLocal = clock.ToLocal(touch.OccurredUtc),
            Summary = touch.Summary,
        };
        Version = touch.Version;
        ContactId = touch.ContactId;
        ContactName = touch.Contact!.FullName;
        return Page();
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
            ContactId = touch.ContactId;
            ContactName = touch.Contact!.FullName;
            return Page();
        }

        if (!await touches.EditAsync(touch, Input, Version, cancellationToken))
        {
            StatusMessage = VersionedSave.ConflictMessage;
            return RedirectToPage(new { id });
        }

        StatusMessage = "The touch was saved.";
        return RedirectToPage("/Contacts/Details", new { id = touch.ContactId });
    }
}
