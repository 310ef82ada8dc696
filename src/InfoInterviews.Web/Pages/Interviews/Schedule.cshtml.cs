using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InterviewHeading Heading { get; private set; } = null!;

    public bool CanSchedule => Heading.Status is InterviewStatus.Accepted or InterviewStatus.Scheduled;

    public string TimeZoneName => clock.TimeZone.Id;

    /// <summary>Now on the user's wall clock, as a date-time field holds it, so the page can tell a past time as it is typed.</summary>
    public string LocalNow => clock.LocalNow.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Whether the posted time has passed and the user has not yet said that is what they mean.</summary>
    public bool AsksAboutThePast { get; private set; }

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

        var startUtc = clock.ToUtc(Input.Start!.Value);
        if (startUtc < clock.UtcNow && !Input.InThePast)
        {
            AsksAboutThePast = true;
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Start)}", "This time has already passed. Choose a later one, or tick the box if you mean it.");
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

        if (await db.SaveAtVersionAsync(interview, Input.Version, cancellationToken) is not null)
        {
            TempData[nameof(DetailsModel.StatusMessage)] = VersionedSave.ConflictMessage;
            return RedirectToPage(new { id });
        }

        TempData[nameof(DetailsModel.StatusMessage)] = rescheduling ? "The interview was rescheduled." : "The interview is scheduled.";
        return RedirectToPage("Details", new { id });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the date and time of the interview.")]
        [DataType(DataType.DateTime)]
        [Display(Name = "Date and time")]
        public DateTime? Start { get; set; }

        [Range(5, 480, ErrorMessage = "The duration must be between {1} and {2} minutes.")]
        [Display(Name = "Duration (minutes)")]
        public int DurationMinutes { get; set; } = InterviewRequest.DefaultDurationMinutes;

        [Required(ErrorMessage = "Choose how you will meet.")]
        [Display(Name = "Format")]
        public MeetingFormat? Format { get; set; }

        [StringLength(500, ErrorMessage = "Keep the location or link under {1} characters.")]
        [Display(Name = "Location or meeting link")]
        public string? LocationOrLink { get; set; }

        [Display(Name = "Yes, it is in the past")]
        public bool InThePast { get; set; }

        public Guid Version { get; set; }
    }
}
