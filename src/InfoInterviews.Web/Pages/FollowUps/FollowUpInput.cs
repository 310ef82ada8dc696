using System.ComponentModel.DataAnnotations;
using System.Globalization;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>
/// What the plan and edit forms post. The due date is a date in the user's zone, kept as the first
/// instant of that day there: a follow-up is due on a day, and the day's lists and the morning digest
/// then show it from the very start of that day.
/// </summary>
public class FollowUpInput : IValidatableObject
{
    /// <summary>How far from today a due date may lie: farther is a slip of the date picker, not a plan.</summary>
    public const int MaxYearsAway = 10;

    [Display(Name = "Kind")]
    public FollowUpKind Kind { get; set; } = FollowUpKind.Other;

    [Required(ErrorMessage = "Enter what to do, such as \"Send the article we talked about\".")]
    [StringLength(FollowUp.TitleMaxLength, ErrorMessage = "A title has at most {1} characters.")]
    [Display(Name = "What to do")]
    public string? Title { get; set; }

    [StringLength(FollowUp.NotesMaxLength, ErrorMessage = "A note has at most {1} characters.")]
    [Display(Name = "Note")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Enter the date it is due.")]
    [DataType(DataType.Date)]
    [Display(Name = "Due on")]
    public DateOnly? DueDate { get; set; }

    public string TidyTitle() => FormText.Tidy(Title) ?? throw new InvalidOperationException("The title is validated before it is read.");

    public string? TidyNotes() => FormText.Tidy(Notes);

    /// <summary>
    /// The due time to store: <paramref name="currentDueUtc"/> as it is when the form keeps its date
    /// (so a time of day a routine chose survives editing the title), else the start of the new date.
    /// </summary>
    public DateTime DueUtc(UserClock clock, DateTime? currentDueUtc = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var date = DueDate ?? throw new InvalidOperationException("The date is validated before it is read.");
        return currentDueUtc is { } current && DateOnly.FromDateTime(clock.ToLocal(current)) == date
            ? current
            : clock.StartOfDayUtc(date);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var clock = (UserClock)validationContext.GetService(typeof(UserClock))!;
        if (DueDate is { } date && !IsWithinReach(date, clock.Today))
        {
            yield return new ValidationResult($"Choose a date at most {MaxYearsAway} years from today.", [nameof(DueDate)]);
        }
    }

    /// <summary>A due date as messages name it ("Tue 4 Mar 2031").</summary>
    public static string Describe(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static bool IsWithinReach(DateOnly date, DateOnly today) =>
        date >= today.AddYears(-MaxYearsAway) && date <= today.AddYears(MaxYearsAway);
}
