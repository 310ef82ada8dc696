using System.ComponentModel.DataAnnotations;

namespace InfoInterviews.Web.Domain;

/// <summary>A field of a contact whose value the user picks when two records of one person are merged.</summary>
public enum ContactField
{
    Name,
    Email,
    Phone,
    [Display(Name = "LinkedIn URL")] LinkedInUrl,
    Company,
    Role,
    Location,
    Source,
    [Display(Name = "How you know them")] Connection,
    [Display(Name = "Connected on")] ConnectedOn,
    [Display(Name = "Introduced by")] IntroducedBy,
    [Display(Name = "Keep in touch")] KeepInTouch,
    Notes,
}
