using Microsoft.AspNetCore.Identity;

namespace InfoInterviews.Web.Domain;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int TimeZoneIdMaxLength = 64;

    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>IANA time zone in which the user sees and enters times.</summary>
    [PersonalData]
    public string TimeZoneId { get; set; } = "UTC";
}
