using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Opportunities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Opportunities;

/// <summary>
/// Adds an opportunity. Opened from an interview, the form is filled in from it (its contact, its
/// company, and the kind its outcome points to) so that one click saves it, linked to the interview;
/// opened from a contact or a company, it starts with them.
/// </summary>
public sealed class CreateModel(AppDbContext db, OpportunityEditor editor) : PageModel
{
    [BindProperty]
    public OpportunityInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The interview the opportunity comes from, when the page was opened from one.</summary>
    public InterviewSource? Interview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? interviewId, int? contactId, int? companyId, CancellationToken cancellationToken)
    {
        if (await FindPrefillAsync(interviewId, contactId, companyId, cancellationToken) is not { } prefill)
        {
            return NotFound();
        }

        Input.LearnedOn = editor.Today;
        if (prefill.Contact is { } contact)
        {
            Input.ContactId = contact.Id;
            Input.ContactName = contact.FullName;
            Input.CompanyName = contact.CompanyName;
        }

        if (prefill.CompanyName is not null)
        {
            Input.CompanyName = prefill.CompanyName;
        }

        if (Interview is { } interview)
        {
            Input.ContactId = interview.ContactId;
            Input.ContactName = interview.ContactId is null ? null : interview.ContactName;
            Input.CompanyName = interview.CompanyName;
            Input.Kind = interview.SuggestedKind ?? Input.Kind;
            Input.Title = interview.CompanyName is null
                ? $"{Input.Kind.DisplayName()} through {interview.ContactName}"
                : $"{Input.Kind.DisplayName()} at {interview.CompanyName}";
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? interviewId, int? contactId, int? companyId, CancellationToken cancellationToken)
    {
        if (await FindPrefillAsync(interviewId, contactId, companyId, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        try
        {
            var opportunity = await editor.AddAsync(Input, cancellationToken);
            opportunity.InterviewRequestId = Interview?.Id;
            await editor.SaveAsync(opportunity, db.SaveChangesAsync, cancellationToken);
            StatusMessage = $"{opportunity.Title} was added.";
            return RedirectToPage("Details", new { id = opportunity.Id });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await ShowAsync(cancellationToken);
        }
    }

    /// <summary>The rows the address names, read as this user's; null when one of them is not theirs (or gone).</summary>
    private async Task<Prefill?> FindPrefillAsync(int? interviewId, int? contactId, int? companyId, CancellationToken cancellationToken)
    {
        if (interviewId is int iid)
        {
            Interview = await db.InterviewRequests.AsNoTracking()
                .Where(r => r.Id == iid)
                .Select(r => new InterviewSource(
                    r.Id,
                    r.ContactId,
                    r.ContactName,
                    r.Company == null ? null : r.Company.Name,
                    Opportunity.KindFromOutcome(r.LearnedOfUnadvertisedOpportunity, r.WasReferred)))
                .SingleOrDefaultAsync(cancellationToken);
            if (Interview is null)
            {
                return null;
            }
        }

        ContactPrefill? contact = null;
        if (contactId is int cid)
        {
            contact = await db.Contacts.AsNoTracking()
                .Where(c => c.Id == cid)
                .Select(c => new ContactPrefill(c.Id, c.FullName, c.Company == null ? null : c.Company.Name))
                .SingleOrDefaultAsync(cancellationToken);
            if (contact is null)
            {
                return null;
            }
        }

        string? companyName = null;
        if (companyId is int coid)
        {
            companyName = await db.Companies.AsNoTracking().Where(c => c.Id == coid).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
            if (companyName is null)
            {
                return null;
            }
        }

        return new Prefill(contact, companyName);
    }

    private async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        return Page();
    }

    private sealed record Prefill(ContactPrefill? Contact, string? CompanyName);

    private sealed record ContactPrefill(int Id, string FullName, string? CompanyName);

    public sealed record InterviewSource(int Id, int? ContactId, string ContactName, string? CompanyName, OpportunityKind? SuggestedKind);
}
