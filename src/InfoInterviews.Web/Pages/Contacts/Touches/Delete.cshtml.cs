using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Contacts.Touches;

public sealed class DeleteModel(TouchRevisions touches) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Interaction Touch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var touch = await touches.LoadAsync(id, cancellationToken);
        if (touch is null)
        {
            return NotFound();
        }

        Touch = touch;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var touch = await touches.LoadAsync(id, cancellationToken);
        if (touch is null)
        {
            return NotFound();
        }

        await touches.DeleteAsync(touch, cancellationToken);
        StatusMessage = "The touch was deleted.";
        return RedirectToPage("/Contacts/Details", new { id = touch.ContactId });
    }
}
