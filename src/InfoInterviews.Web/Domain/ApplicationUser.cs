using Microsoft.AspNetCore.Identity;

namespace InfoInterviews.Web.Domain;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int TimeZoneIdMaxLength = 64;
    public const int DefaultThankYouAfterDays = 1;
    public const int DefaultUpdateAfterDays = 28;
    public const int MaxFollowUpOffsetDays = 365;

    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>IANA time zone in which the user sees and enters times.</summary>
    [PersonalData]
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Days after an interview took place that the planned thank-you is due.</summary>
    [PersonalData]
    public int ThankYouAfterDays { get; set; } = DefaultThankYouAfterDays;

    /// <summary>Days after an interview took place that the planned update on their advice is due.</summary>
    [PersonalData]
    public int UpdateAfterDays { get; set; } = DefaultUpdateAfterDays;
}
