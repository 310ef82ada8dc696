using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;

namespace InfoInterviews.Web.Contacts;

/// <summary>What the touch form posts, on logging a touch and on editing one. Times are in the user's zone.</summary>
public class TouchInput : IValidatableObject
{
    [Display(Name = "Kind")]
    public InteractionKind Kind { get; set; } = InteractionKind.Email;

    [Display(Name = "Direction")]
    public InteractionDirection Direction { get; set; } = InteractionDirection.Outgoing;

    [Required(ErrorMessage = "Enter when it happened.")]
    [Display(Name = "When")]
    public DateTime? OccurredLocal { get; set; }

    [StringLength(Interaction.SummaryMaxLength, ErrorMessage = "A summary has at most {1} characters.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    /// <summary>A form for a touch happening now, to the minute.</summary>
    public static TouchInput Now(UserClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = clock.LocalNow;
        return new TouchInput { OccurredLocal = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute)) };
    }

    public DateTime OccurredUtc(UserClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.ToUtc(OccurredLocal ?? throw new InvalidOperationException("The time is validated before it is read."));
    }

    public string? TidySummary() => FormText.Tidy(Summary);

    /// <summary>A touch is logged once it has happened; the last-touch time must never lie in the future.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var clock = (UserClock)validationContext.GetService(typeof(UserClock))!;
        if (OccurredLocal is not null && OccurredUtc(clock) > clock.UtcNow)
        {
            yield return new ValidationResult("A touch is logged once it has happened: choose a time that is not in the future.", [nameof(OccurredLocal)]);
        }
    }
}
