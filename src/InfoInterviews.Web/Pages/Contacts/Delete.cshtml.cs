using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>
/// Deletes a contact with their own touches, tags and follow-ups. Interviews and opportunities keep
/// their history: they lose the link to the contact (an interview keeps the name), and so do the
/// contacts this one introduced.
/// </summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Consequences Contact { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var consequences = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new Consequences(
                c.Id,
                c.FirstName,
                c.LastName,
                c.Interactions.Count,
                db.FollowUps.Count(f => f.ContactId == c.Id),
                db.InterviewRequests.Count(r => r.ContactId == c.Id),
                db.Opportunities.Count(o => o.ContactId == c.Id),
                db.Contacts.Count(other => other.IntroducedById == c.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        if (consequences is null)
        {
            return NotFound();
        }

        Contact = consequences;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"{contact.FullName} was deleted.";
        return RedirectToPage("Index");
    }

    public sealed record Consequences(int Id, string FirstName, string? LastName, int Touches, int FollowUps, int Interviews, int Opportunities, int Introduced)
    {
        public string FullName => Domain.Contact.FullNameOf(FirstName, LastName);
    }
}
