using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

public sealed class CreateModel(AppDbContext db, ContactEditor editor, ContactDuplicates duplicates, UserClock clock) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    /// <summary>Set by the form's "Add anyway" button, once the user has seen the contacts it may duplicate.</summary>
    [BindProperty]
    public bool AddAnyway { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Saved contacts with the name, email or LinkedIn address typed: the form asks before adding another.</summary>
    public IReadOnlyList<DuplicateMember> Matches { get; private set; } = [];

    /// <summary>Opened from a contact (someone they introduced) or a company (someone who works there), the form starts filled in.</summary>
    public async Task<IActionResult> OnGetAsync(int? introducedById, int? companyId, CancellationToken cancellationToken)
    {
        if (introducedById is int introducerId)
        {
            var introducer = await db.Contacts.AsNoTracking().Where(c => c.Id == introducerId)
                .Select(c => new { c.FirstName, c.LastName }).SingleOrDefaultAsync(cancellationToken);
            if (introducer is null)
            {
                return NotFound();
            }

            Input.IntroducedById = introducerId;
            Input.IntroducedBy = Contact.FullNameOf(introducer.FirstName, introducer.LastName);
            Input.Source = ContactSource.Introduced;
        }

        if (companyId is int id)
        {
            Input.CompanyName = await db.Companies.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
            if (Input.CompanyName is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var contact = new Contact(Input.FirstName, Input.LastName, clock.UtcNow);
                await editor.ApplyAsync(contact, Input, cancellationToken);
                Matches = AddAnyway ? [] : await duplicates.MatchesAsync(contact, cancellationToken);
                if (Matches.Count > 0)
                {
                    return Page();
                }

                db.Contacts.Add(contact);
                await editor.SaveAsync(contact, db.SaveChangesAsync, cancellationToken);
                StatusMessage = $"{contact.FullName} was added.";
                return RedirectToPage("Details", new { id = contact.Id });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        return Page();
    }
}
