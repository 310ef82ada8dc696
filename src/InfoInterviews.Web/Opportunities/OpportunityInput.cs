using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Opportunities;

/// <summary>What the opportunity form posts, on creating an opportunity and on editing one.</summary>
public class OpportunityInput
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(Opportunity.TitleMaxLength, ErrorMessage = "A title has at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Kind")]
    public OpportunityKind Kind { get; set; } = OpportunityKind.RoleNotAdvertised;

    [Display(Name = "Status")]
    public OpportunityStatus Status { get; set; } = OpportunityStatus.LearnedOf;

    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name has at most {1} characters.")]
    [Display(Name = "Company")]
    public string? CompanyName { get; set; }

    [StringLength(Contact.FullNameMaxLength, ErrorMessage = "A name has at most {1} characters.")]
    [Display(Name = "Learned of it from")]
    public string? ContactName { get; set; }

    /// <summary>The contact the form was opened with, so that two contacts of the same name stay apart.</summary>
    public int? ContactId { get; set; }

    [WebLink]
    [StringLength(Opportunity.UrlMaxLength, ErrorMessage = "A link has at most {1} characters.")]
    [Display(Name = "Link")]
    public string? Url { get; set; }

    [Required(ErrorMessage = "Enter the day you learned of it.")]
    [Display(Name = "Learned of it on")]
    public DateOnly? LearnedOn { get; set; }

    [Display(Name = "Act by")]
    public DateOnly? ActBy { get; set; }

    [StringLength(Opportunity.NotesMaxLength, ErrorMessage = "Notes have at most {1} characters.")]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }
}
