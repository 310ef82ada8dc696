using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>Schedules an accepted interview, or reschedules a scheduled one, in the user's time zone.</summary>
public sealed class ScheduleModel(AppDbContext db, UserClock clock) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("interview");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InterviewHeading Heading { get; private set; } = null!;

    public bool CanSchedule => Heading.Status is InterviewStatus.Accepted or InterviewStatus.Scheduled;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var current = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { r.ContactName, r.Status, r.Version, r.ScheduledStartUtc, r.DurationMinutes, r.Format, r.LocationOrLink })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Heading = new InterviewHeading(id, current.ContactName, current.Status, "Schedule");
        Input = new InputModel
        {
            Start = current.ScheduledStartUtc is { } start ? clock.ToLocal(start) : null,
            DurationMinutes = current.DurationMinutes,
            Format = current.Format,
            LocationOrLink = current.LocationOrLink,
            Version = current.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        Heading = new InterviewHeading(id, interview.ContactName, interview.Status, "Schedule");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.StartUtcIfMeant(clock, ModelState, nameof(Input)) is not { } startUtc)
        {
            return Page();
        }

        var rescheduling = interview.Status == InterviewStatus.Scheduled;
        try
        {
            interview.Schedule(startUtc, Input.DurationMinutes, Input.Format!.Value, Input.LocationOrLink, clock.UtcNow);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        var conflict = await db.SaveAtVersionAsync(interview, Input.Version, cancellationToken);
        if (conflict is not null)
        {
            return conflict.ShowOnForm(ModelState, Input, ConflictMessage) ? Page() : NotFound();
        }

        TempData[nameof(DetailsModel.StatusMessage)] = rescheduling ? "The interview was rescheduled." : "The interview is scheduled.";
        return RedirectToPage("Details", new { id });
    }

    public sealed class InputModel : MeetingInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
