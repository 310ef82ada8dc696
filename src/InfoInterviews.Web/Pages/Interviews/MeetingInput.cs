using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;

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
}
