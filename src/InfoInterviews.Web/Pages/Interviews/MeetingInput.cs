using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>When and how the user meets the contact, as the schedule form and the fast path ask it.</summary>
public class MeetingInput
{
    [Required(ErrorMessage = "Enter the date and time of the interview.")]
    [DataType(DataType.DateTime)]
    [Display(Name = "Date and time")]
    public DateTime? Start { get; set; }

    [Range(InterviewRequest.MinDurationMinutes, InterviewRequest.MaxDurationMinutes, ErrorMessage = "The duration must be between {1} and {2} minutes.")]
    [Display(Name = "Duration (minutes)")]
    public int DurationMinutes { get; set; } = InterviewRequest.DefaultDurationMinutes;

    [Required(ErrorMessage = "Choose how you will meet.")]
    [Display(Name = "Format")]
    public MeetingFormat? Format { get; set; }

    [StringLength(InterviewRequest.LocationOrLinkMaxLength, ErrorMessage = "Keep the location or link to at most {1} characters.")]
    [Display(Name = "Location or meeting link")]
    public string? LocationOrLink { get; set; }

    /// <summary>The user confirmed that a start which has already passed is what they mean (a meeting logged late).</summary>
    [Display(Name = "Yes, it is in the past")]
    public bool InThePast { get; set; }

    /// <summary>
    /// The start in UTC; or null, with a message on the field, when it has passed and the user has not
    /// said they mean it, since a past time is far more often a slip of the date picker than a plan.
    /// </summary>
    public DateTime? StartUtcIfMeant(UserClock clock, ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(modelState);
        var startUtc = clock.ToUtc(Start!.Value);
        if (startUtc >= clock.UtcNow || InThePast)
        {
            return startUtc;
        }

        modelState.AddModelError($"{prefix}.{nameof(Start)}", "This time has already passed. Choose a later one, or tick the box if you mean it.");
        return null;
    }
}
