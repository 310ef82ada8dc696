using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>How far a follow-up is put off: the one-click choices every list offers, or a date picked here.</summary>
public enum SnoozeChoice
{
    [Display(Name = "Tomorrow")] Tomorrow,
    [Display(Name = "3 days")] ThreeDays,
    [Display(Name = "A week")] Week,
    [Display(Name = "Until a date")] Date,
}

/// <summary>
/// Puts a follow-up off until the start of a later day in the user's zone. Lists post a choice in one
/// click; this page's own form also takes a date.
/// </summary>
public sealed class SnoozeModel(AppDbContext db, UserClock clock) : OneClickPageModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where the user came from, and goes back to.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FollowUpRow FollowUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Until = clock.Today.AddDays(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await Db.FollowUps.AnyAsync(f => f.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var today = clock.Today;
        if (!ModelState.IsValid || Input.UntilDate(today, ModelState, nameof(Input)) is not { } until)
        {
            await ShowAsync(id, cancellationToken);
            return Page();
        }

        var untilUtc = clock.StartOfDayUtc(until);
        return await ApplyAsync(id, ReturnUrl, followUp =>
        {
            followUp.SnoozeUntil(untilUtc, clock.UtcNow);
            return $"Snoozed until {FollowUpInput.Describe(until)}: {followUp.Title}.";
        }, cancellationToken);
    }

    private async Task<bool> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var row = await Db.FollowUps.AsNoTracking().Where(f => f.Id == id).Select(FollowUpRow.FromEntity).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return false;
        }

        FollowUp = row;
        return true;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose how long to snooze it.")]
        public SnoozeChoice? Choice { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Until")]
        public DateOnly? Until { get; set; }

        /// <summary>The day the follow-up is due again, or null with a message on the form.</summary>
        public DateOnly? UntilDate(DateOnly today, ModelStateDictionary modelState, string prefix)
        {
            ArgumentNullException.ThrowIfNull(modelState);
            switch (Choice)
            {
                case SnoozeChoice.Tomorrow:
                    return today.AddDays(1);
                case SnoozeChoice.ThreeDays:
                    return today.AddDays(3);
                case SnoozeChoice.Week:
                    return today.AddDays(7);
            }

            if (Until is not { } date)
            {
                modelState.AddModelError($"{prefix}.{nameof(Until)}", "Enter the date to snooze it until.");
                return null;
            }

            if (date <= today || !FollowUpInput.IsWithinReach(date, today))
            {
                modelState.AddModelError($"{prefix}.{nameof(Until)}", $"Choose a date after today, at most {FollowUpInput.MaxYearsAway} years ahead.");
                return null;
            }

            return date;
        }
    }
}
