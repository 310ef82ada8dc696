using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using InfoInterviews.Web.Workspace;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Sign-up. It answers the same for a new address and one that already has an account (whose owner
/// gets a mail instead), so the form cannot be used to find out who has an account.
/// </summary>
public sealed partial class RegisterModel(
    UserManager<ApplicationUser> userManager,
    AccountMail accountMail,
    WorkspaceSeeder workspaceSeeder,
    IWebHostEnvironment environment,
    ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> TimeZoneIds => TimeZones.All;

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        returnUrl ??= Url.Content("~/");
        ReturnUrl = returnUrl;
        if (!TimeZones.IsKnown(Input.TimeZoneId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TimeZoneId)}", "Choose a time zone from the list.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser
        {
            UserName = Input.Email,
            Email = Input.Email,
            DisplayName = Input.DisplayName.Trim(),
            TimeZoneId = Input.TimeZoneId,
        };
        // Identity checks the password before it looks for an existing account, so a refused password
        // reads the same for both.
        var result = await userManager.CreateAsync(user, Input.Password);
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            LogExistingAddress(logger);
            await accountMail.SendAccountExistsAsync(Request, Input.Email);
            return Confirmation(returnUrl);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        LogCreated(logger, user.Id);
        await workspaceSeeder.SeedAsync(user.Id);
        var callbackUrl = await accountMail.SendConfirmationAsync(Request, user, returnUrl);

        // Only the browser that just signed up sees its link, and only on a development server.
        if (environment.IsDevelopment())
        {
            TempData[RegisterConfirmationModel.ConfirmationLinkKey] = callbackUrl;
        }

        return Confirmation(returnUrl);
    }

    private RedirectToPageResult Confirmation(string returnUrl) =>
        RedirectToPage("RegisterConfirmation", new { email = Input.Email, returnUrl });

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Sign-up with an address that already has an account: its owner was told")]
    private static partial void LogExistingAddress(ILogger logger);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "New account {UserId} created")]
    private static partial void LogCreated(ILogger logger, string userId);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name you want to be greeted by.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength)]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [DeliverableEmail]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose your time zone.")]
        [Display(Name = "Time zone")]
        public string TimeZoneId { get; set; } = "UTC";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(100, ErrorMessage = "The password must be at least {2} characters long.", MinimumLength = AccountsServiceCollectionExtensions.PasswordMinLength)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
