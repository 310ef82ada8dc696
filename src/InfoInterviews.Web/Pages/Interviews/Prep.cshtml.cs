using InfoInterviews.Web.Calendar;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>
/// A printable sheet to prepare with: who the contact is and how the user met them, past touches and
/// interviews, the purpose and goal, and the questions with space for the answers.
/// </summary>
public sealed class PrepModel(AppDbContext db, InterviewEvents events) : PageModel
{
    public const int RecentTouches = 10;

    public View Interview { get; private set; } = null!;

    public ContactView? Contact { get; private set; }

    public IReadOnlyList<TouchRow> Touches { get; private set; } = [];

    public IReadOnlyList<PastInterviewRow> PastInterviews { get; private set; } = [];

    public IReadOnlyList<string> Questions { get; private set; } = [];

    /// <summary>"Add to calendar" while the interview is scheduled.</summary>
    public CalendarLinks? CalendarLinks { get; private set; }

    public InterviewHeading Heading => new(Interview.Id, Interview.ContactName, Interview.Status, "Prep");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new View(r.Id, r.ContactId, r.ContactName, r.Status, r.Purpose, r.Goal, r.ScheduledStartUtc, r.DurationMinutes, r.Format, r.LocationOrLink))
            .FirstOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        Interview = interview;
        if (interview.Status == InterviewStatus.Scheduled)
        {
            CalendarLinks = await events.LinksAsync(id, Request, cancellationToken);
        }

        Questions = await db.InterviewQuestions.AsNoTracking()
            .Where(q => q.InterviewRequestId == id)
            .OrderBy(q => q.Position)
            .Select(q => q.Text)
            .ToListAsync(cancellationToken);
        if (interview.ContactId is not { } contactId)
        {
            return Page();
        }

        Contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new ContactView(
                c.Role, c.Company != null ? c.Company.Name : null, c.Email, c.Phone, c.LinkedInUrl, c.Location, c.Source,
                c.IntroducedBy != null ? (c.IntroducedBy.LastName == null ? c.IntroducedBy.FirstName : c.IntroducedBy.FirstName + " " + c.IntroducedBy.LastName) : null))
            .FirstOrDefaultAsync(cancellationToken);
        Touches = await db.Interactions.AsNoTracking()
            .Where(i => i.ContactId == contactId)
            .OrderByDescending(i => i.OccurredUtc).ThenByDescending(i => i.Id)
            .Take(RecentTouches)
            .Select(i => new TouchRow(i.OccurredUtc, i.Kind, i.Direction, i.Summary))
            .ToListAsync(cancellationToken);
        PastInterviews = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.ContactId == contactId && r.Id != id)
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(r => new PastInterviewRow(r.Id, r.Purpose, r.Status, r.CreatedUtc, r.CompletedUtc, r.KeyInsights))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record View(int Id, int? ContactId, string ContactName, InterviewStatus Status, InterviewPurpose Purpose, string? Goal, DateTime? ScheduledStartUtc, int DurationMinutes, MeetingFormat? Format, string? LocationOrLink);

    public sealed record ContactView(string? Role, string? CompanyName, string? Email, string? Phone, string? LinkedInUrl, string? Location, ContactSource Source, string? IntroducedByName);

    public sealed record TouchRow(DateTime OccurredUtc, InteractionKind Kind, InteractionDirection Direction, string? Summary);

    public sealed record PastInterviewRow(int Id, InterviewPurpose Purpose, InterviewStatus Status, DateTime CreatedUtc, DateTime? CompletedUtc, string? KeyInsights);
}
