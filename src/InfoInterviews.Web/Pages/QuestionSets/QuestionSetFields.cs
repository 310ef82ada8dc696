using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>A question set's own fields, as both the create and the edit forms post them.</summary>
public class QuestionSetFields
{
    public const int DescriptionMaxLength = 2_000;

    [Required(ErrorMessage = "Give the set a name.")]
    [StringLength(QuestionSet.NameMaxLength, ErrorMessage = "A name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose what kind of conversation the set is for.")]
    [Display(Name = "Purpose")]
    public InterviewPurpose? Purpose { get; set; }

    [StringLength(DescriptionMaxLength, ErrorMessage = "A description has at most {1} characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    /// <summary>Writes these fields onto the set; a rule it breaks is raised as a <see cref="DomainRuleException"/>.</summary>
    public void ApplyTo(QuestionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        set.Rename(Name);
        set.Purpose = Purpose ?? throw new DomainRuleException("Choose what kind of conversation the set is for.");
        set.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}
