using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Contacts;

/// <summary>What the company form posts, on creating a company and on editing one.</summary>
public class CompanyInput
{
    [Required(ErrorMessage = "Enter the company's name.")]
    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Url(ErrorMessage = "Enter the full web address, starting with https://.")]
    [StringLength(Company.WebsiteMaxLength, ErrorMessage = "A web address has at most {1} characters.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(Company.IndustryMaxLength, ErrorMessage = "An industry has at most {1} characters.")]
    [Display(Name = "Industry")]
    public string? Industry { get; set; }

    [StringLength(Company.LocationMaxLength, ErrorMessage = "A location has at most {1} characters.")]
    [Display(Name = "Location")]
    public string? Location { get; set; }

    [Range(0, Company.MaxScore, ErrorMessage = "Motivation is scored from {1} to {2}.")]
    [Display(Name = "Motivation")]
    public int Motivation { get; set; }

    [Range(0, Company.MaxScore, ErrorMessage = "Posting is scored from {1} to {2}.")]
    [Display(Name = "Posting")]
    public int Posting { get; set; }

    [StringLength(Company.NotesMaxLength, ErrorMessage = "Notes have at most {1} characters.")]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }
}
