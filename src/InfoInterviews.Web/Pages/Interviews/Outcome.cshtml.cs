using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>Completes a scheduled interview with what came of it, or edits the outcome of a completed one.</summary>
public sealed class OutcomeModel(AppDbContext db, UserClock clock) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("interview");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InterviewHeading Heading { get; private set; } = null!;

    public bool Completes => Heading.Status == InterviewStatus.Scheduled;

    public bool CanRecord => Heading.Status is InterviewStatus.Scheduled or InterviewStatus.Completed;

    /// <summary>The latest time the meeting can be said to have taken place, for the picker's upper bound.</summary>
    public DateTime LocalNow => clock.LocalNow;

    /// <summary>The scheduled start (UTC), when it is still ahead: completing now needs the real time of the meeting.</summary>
    public DateTime? StartStillAheadUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var current = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new
            {
                Heading = new InterviewHeading(r.Id, r.ContactName, r.Status, "Outcome"),
                r.ScheduledStartUtc,
                Input = new InputModel
                {
                    KeyInsights = r.KeyInsights,
                    Advice = r.Advice,
                    ResourcesMentioned = r.ResourcesMentioned,
                    NextSteps = r.NextSteps,
                    Usefulness = r.Usefulness,
                    LearnedOfUnadvertisedOpportunity = r.LearnedOfUnadvertisedOpportunity,
                    GotOnRadarOfKeyPerson = r.GotOnRadarOfKeyPerson,
                    GainedInsightForApplications = r.GainedInsightForApplications,
                    WasReferred = r.WasReferred,
                    Version = r.Version,
                },
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Heading = current.Heading;
        Input = current.Input;
        if (Completes)
        {
            Input.TookPlace = DefaultMeetingTime(current.ScheduledStartUtc);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.Include(r => r.Contact).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        Heading = new InterviewHeading(id, interview.ContactName, interview.Status, "Outcome");
        var completing = interview.Status == InterviewStatus.Scheduled;
        if (completing && Input.TookPlace is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TookPlace)}", "Enter when the interview took place.");
        }

        if (!ModelState.IsValid)
        {
            return Show(interview);
        }

        try
        {
            if (completing)
            {
                interview.Complete(clock.ToUtc(Input.TookPlace!.Value), clock.UtcNow);
            }

            interview.RecordOutcome(new InterviewOutcome(
                Clean(Input.KeyInsights),
                Clean(Input.Advice),
                Clean(Input.ResourcesMentioned),
                Clean(Input.NextSteps),
                Input.Usefulness,
                Input.LearnedOfUnadvertisedOpportunity,
                Input.GotOnRadarOfKeyPerson,
                Input.GainedInsightForApplications,
                Input.WasReferred));
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Show(interview);
        }

        var conflict = await db.SaveAtVersionAsync(interview, Input.Version, cancellationToken);
        if (conflict is not null)
        {
            if (!conflict.ShowOnForm(ModelState, Input, ConflictMessage))
            {
                return NotFound();
            }

            db.ChangeTracker.Clear();
            var now = await db.InterviewRequests.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
            return Show(now);
        }

        TempData[nameof(DetailsModel.StatusMessage)] = completing
            ? "The interview is completed and its outcome saved. A thank-you and an update on their advice are planned among its follow-ups."
            : "The outcome was saved.";
        return RedirectToPage("Details", new { id });
    }

    private PageResult Show(InterviewRequest interview)
    {
        Heading = Heading with { Status = interview.Status };
        StartStillAheadUtc = Completes && interview.ScheduledStartUtc > clock.UtcNow ? interview.ScheduledStartUtc : null;
        return Page();
    }

    /// <summary>The scheduled start, unless it is still ahead: then now, to the minute.</summary>
    private DateTime DefaultMeetingTime(DateTime? scheduledStartUtc)
    {
        var now = clock.UtcNow;
        var start = scheduledStartUtc is { } scheduled && scheduled <= now ? scheduled : now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        StartStillAheadUtc = scheduledStartUtc > now ? scheduledStartUtc : null;
        return clock.ToLocal(start);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class InputModel : IVersionedInput
    {
        /// <summary>When the meeting took place, in the user's zone; asked only when completing.</summary>
        [DataType(DataType.DateTime)]
        [Display(Name = "When did it take place?")]
        public DateTime? TookPlace { get; set; }

        [StringLength(InterviewRequest.OutcomeTextMaxLength, ErrorMessage = "{0}: at most {1} characters.")]
        [Display(Name = "Key insights")]
        public string? KeyInsights { get; set; }

        [StringLength(InterviewRequest.OutcomeTextMaxLength, ErrorMessage = "{0}: at most {1} characters.")]
        [Display(Name = "Advice")]
        public string? Advice { get; set; }

        [StringLength(InterviewRequest.OutcomeTextMaxLength, ErrorMessage = "{0}: at most {1} characters.")]
        [Display(Name = "Resources mentioned")]
        public string? ResourcesMentioned { get; set; }

        [StringLength(InterviewRequest.OutcomeTextMaxLength, ErrorMessage = "{0}: at most {1} characters.")]
        [Display(Name = "Next steps")]
        public string? NextSteps { get; set; }

        [Range(1, 5, ErrorMessage = "Rate usefulness from {1} to {2}.")]
        [Display(Name = "How useful was it?")]
        public int? Usefulness { get; set; }

        [Display(Name = OutcomeResults.UnadvertisedOpportunity)]
        public bool LearnedOfUnadvertisedOpportunity { get; set; }

        [Display(Name = OutcomeResults.OnTheRadar)]
        public bool GotOnRadarOfKeyPerson { get; set; }

        [Display(Name = OutcomeResults.InsightForApplications)]
        public bool GainedInsightForApplications { get; set; }

        [Display(Name = OutcomeResults.Referral)]
        public bool WasReferred { get; set; }

        public Guid Version { get; set; }
    }
}
