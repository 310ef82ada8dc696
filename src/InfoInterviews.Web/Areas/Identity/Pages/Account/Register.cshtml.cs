using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using InfoInterviews.Web.Workspace;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Areas.Identity.Pages.Account;

public sealed partial class RegisterModel(
    UserManager<ApplicationUser> userManager,
    IEmailSender emailSender,
    AccountLinks accountLinks,
    WorkspaceSeeder workspaceSeeder,
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
        var result = await userManager.CreateAsync(user, Input.Password);
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
        var callbackUrl = await accountLinks.ConfirmEmailAsync(Request, user, returnUrl);
        await emailSender.SendEmailAsync(
            Input.Email,
            "Confirm your InfoInterviews account",
            $"Welcome to InfoInterviews. Please <a href='{HtmlEncoder.Default.Encode(callbackUrl)}'>confirm your account</a>.");

        return RedirectToPage("RegisterConfirmation", new { email = Input.Email, returnUrl });
    }

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
