using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Contacts;

/// <summary>What the contact form posts, on creating a contact and on editing one.</summary>
public class ContactInput
{
    [Required(ErrorMessage = "Enter a first name.")]
    [StringLength(Contact.NameMaxLength, ErrorMessage = "A first name has at most {1} characters.")]
    [Display(Name = "First name")]
    public string FirstName { get; set; } = string.Empty;

    [StringLength(Contact.NameMaxLength, ErrorMessage = "A last name has at most {1} characters.")]
    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.com.")]
    [StringLength(Contact.EmailMaxLength, ErrorMessage = "An email address has at most {1} characters.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [StringLength(Contact.PhoneMaxLength, ErrorMessage = "A phone number has at most {1} characters.")]
    [RegularExpression(Contact.PhonePattern, ErrorMessage = "A phone number has digits, spaces and + ( ) - . / only.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Url(ErrorMessage = "Enter the full LinkedIn address, starting with https://.")]
    [StringLength(Contact.UrlMaxLength, ErrorMessage = "A web address has at most {1} characters.")]
    [Display(Name = "LinkedIn URL")]
    public string? LinkedInUrl { get; set; }

    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name has at most {1} characters.")]
    [Display(Name = "Company")]
    public string? CompanyName { get; set; }

    [StringLength(Contact.RoleMaxLength, ErrorMessage = "A role has at most {1} characters.")]
    [Display(Name = "Role")]
    public string? Role { get; set; }

    [StringLength(Contact.LocationMaxLength, ErrorMessage = "A location has at most {1} characters.")]
    [Display(Name = "Location")]
    public string? Location { get; set; }

    [Display(Name = "Source")]
    public ContactSource Source { get; set; } = ContactSource.ExistingNetwork;

    [StringLength(Contact.ConnectionMaxLength, ErrorMessage = "How you know them has at most {1} characters.")]
    [Display(Name = "How you know them")]
    public string? Connection { get; set; }

    [StringLength((Contact.NameMaxLength * 2) + 1, ErrorMessage = "A name has at most {1} characters.")]
    [Display(Name = "Introduced by")]
    public string? IntroducedBy { get; set; }

    /// <summary>The introducer the form was opened with, so that two contacts of the same name stay apart.</summary>
    public int? IntroducedById { get; set; }

    [StringLength(1000, ErrorMessage = "Tags have at most {1} characters in all.")]
    [Display(Name = "Tags")]
    public string? Tags { get; set; }

    [Range(1, Contact.MaxKeepInTouchDays, ErrorMessage = "Keep in touch every 1 to {2} days, or leave it empty.")]
    [Display(Name = "Keep in touch every (days)")]
    public int? KeepInTouchDays { get; set; }

    [StringLength(Contact.NotesMaxLength, ErrorMessage = "Notes have at most {1} characters.")]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }
}
