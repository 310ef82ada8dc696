using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace InfoInterviews.Web.Pages;

/// <summary>
/// The user's name, time zone, follow-up offsets and morning digest. Password, email and two-factor live
/// under Account security.
/// </summary>
public sealed class SettingsModel(UserManager<ApplicationUser> userManager, SignInManager<ApplicationUser> signInManager, TimeProvider time) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<string> TimeZoneIds => TimeZones.All;

    /// <summary>The hours a digest can be sent at, as the user's clock shows them.</summary>
    public static IEnumerable<SelectListItem> DigestHours =>
        Enumerable.Range(0, DigestSchedule.LastHour + 1).Select(h => new SelectListItem($"{h:00}:00", $"{h}"));

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            DisplayName = user.DisplayName,
            TimeZoneId = user.TimeZoneId,
            ThankYouAfterDays = user.ThankYouAfterDays,
            UpdateAfterDays = user.UpdateAfterDays,
            WeeklyGoal = user.WeeklyGoal,
            SendsDigest = user.SendsDigest,
            DigestHour = user.DigestHour,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!TimeZones.IsKnown(Input.TimeZoneId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TimeZoneId)}", "Choose a time zone from the list.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.DisplayName = Input.DisplayName.Trim();
        user.ThankYouAfterDays = Input.ThankYouAfterDays!.Value;
        user.UpdateAfterDays = Input.UpdateAfterDays!.Value;
        user.WeeklyGoal = Input.WeeklyGoal!.Value;
        user.ChooseZoneAndDigest(Input.TimeZoneId, Input.SendsDigest, Input.DigestHour, time.GetUtcNow().UtcDateTime);
        var result = await userManager.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signInManager.RefreshSignInAsync(user);
        StatusMessage = "Your settings were saved.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public const string OffsetMessage = "Enter a number of days from {1} to {2}.";

        [Required(ErrorMessage = "Enter the name you want to be greeted by.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength)]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose your time zone.")]
        [Display(Name = "Time zone")]
        public string TimeZoneId { get; set; } = "UTC";

        [Required(ErrorMessage = "Enter a number of days.")]
        [Range(0, ApplicationUser.MaxFollowUpOffsetDays, ErrorMessage = OffsetMessage)]
        [Display(Name = "Thank-you due after (days)")]
        public int? ThankYouAfterDays { get; set; } = ApplicationUser.DefaultThankYouAfterDays;

        [Required(ErrorMessage = "Enter a number of days.")]
        [Range(0, ApplicationUser.MaxFollowUpOffsetDays, ErrorMessage = OffsetMessage)]
        [Display(Name = "Update due after (days)")]
        public int? UpdateAfterDays { get; set; } = ApplicationUser.DefaultUpdateAfterDays;

        [Required(ErrorMessage = "Enter a number of requests.")]
        [Range(1, ApplicationUser.MaxWeeklyGoal, ErrorMessage = "Enter a number of requests from {1} to {2}.")]
        [Display(Name = "Requests to send each week")]
        public int? WeeklyGoal { get; set; } = ApplicationUser.DefaultWeeklyGoal;

        [Display(Name = "Send me a morning digest")]
        public bool SendsDigest { get; set; }

        [Range(0, DigestSchedule.LastHour, ErrorMessage = "Choose an hour from the list.")]
        [Display(Name = "Digest hour")]
        public int DigestHour { get; set; } = DigestSchedule.DefaultHour;
    }
}
