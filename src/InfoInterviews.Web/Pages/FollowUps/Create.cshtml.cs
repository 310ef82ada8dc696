using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>Plans a follow-up with a contact (<c>?contactId=</c>) or after an interview (<c>?interviewId=</c>).</summary>
public sealed class CreateModel(AppDbContext db, UserClock clock) : PageModel
{
    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Who and what the follow-up is for; null when the address names neither a contact nor an interview.</summary>
    public Subject? For { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? contactId, int? interviewId, CancellationToken cancellationToken)
    {
        if (await FindAsync(contactId, interviewId, cancellationToken) is { } missing)
        {
            return missing;
        }

        var thanks = For?.InterviewStatus == InterviewStatus.Completed;
        Input = new FollowUpInput
        {
            Kind = thanks ? FollowUpKind.ThankYou : FollowUpKind.Other,
            Title = thanks ? $"Thank {For!.ContactName} for the conversation" : null,
            DueDate = clock.Today.AddDays(1),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? contactId, int? interviewId, CancellationToken cancellationToken)
    {
        if (await FindAsync(contactId, interviewId, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (For?.ContactId is not int forContactId)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contact = await db.Contacts.SingleAsync(c => c.Id == forContactId, cancellationToken);
        var followUp = new FollowUp(contact, Input.Kind, Input.TidyTitle(), Input.DueUtc(clock), clock.UtcNow);
        if (Input.TidyNotes() is { } notes)
        {
            followUp.Edit(followUp.Kind, followUp.Title, notes, followUp.DueUtc);
        }

        if (For.InterviewId is int forInterviewId)
        {
            followUp.BelongTo(await db.InterviewRequests.SingleAsync(r => r.Id == forInterviewId, cancellationToken));
        }

        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"Planned: {followUp.Title}, due {FollowUpInput.Describe(Input.DueDate!.Value)}.";
        return For.InterviewId is int backToInterview
            ? RedirectToPage("/Interviews/Details", new { id = backToInterview })
            : RedirectToPage("/Contacts/Details", new { id = forContactId });
    }

    /// <summary>
    /// Reads the contact or interview the address names into <see cref="For"/>; a 404 when one of them
    /// is not the user's, a 400 when the interview is with another contact than the one named.
    /// </summary>
    private async Task<IActionResult?> FindAsync(int? contactId, int? interviewId, CancellationToken cancellationToken)
    {
        Subject? contact = null;
        if (contactId is int id)
        {
            contact = await db.Contacts.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new Subject((int?)c.Id, c.FullName, null, null))
                .SingleOrDefaultAsync(cancellationToken);
            if (contact is null)
            {
                return NotFound();
            }
        }

        if (interviewId is int forInterview)
        {
            var interview = await db.InterviewRequests.AsNoTracking().Where(r => r.Id == forInterview)
                .Select(r => new Subject(r.ContactId, r.ContactName, (int?)r.Id, (InterviewStatus?)r.Status))
                .SingleOrDefaultAsync(cancellationToken);
            if (interview is null)
            {
                return NotFound();
            }

            if (contact is not null && contact.ContactId != interview.ContactId)
            {
                return BadRequest();
            }

            contact = interview;
        }

        For = contact;
        return null;
    }

    /// <summary>
    /// The contact a follow-up is planned with, and the interview it follows, if any. An interview whose
    /// contact was deleted has no contact to follow up with.
    /// </summary>
    public sealed record Subject(int? ContactId, string ContactName, int? InterviewId, InterviewStatus? InterviewStatus);
}
