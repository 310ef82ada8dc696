using System.ComponentModel.DataAnnotations;

namespace InfoInterviews.Web.Domain;

public enum ContactSource
{
    [Display(Name = "Existing network")] ExistingNetwork,
    [Display(Name = "Alumni")] Alumni,
    [Display(Name = "Introduced")] Introduced,
    [Display(Name = "Event")] Event,
    [Display(Name = "Online community")] OnlineCommunity,
    [Display(Name = "Cold outreach")] ColdOutreach,
    [Display(Name = "Other")] Other,
}

public enum InteractionKind
{
    [Display(Name = "Email")] Email,
    [Display(Name = "Call")] Call,
    [Display(Name = "Video call")] Video,
    [Display(Name = "Meeting")] Meeting,
    [Display(Name = "Message")] Message,
    [Display(Name = "Event")] Event,
    [Display(Name = "Other")] Other,
}

public enum InteractionDirection
{
    [Display(Name = "Outgoing")] Outgoing,
    [Display(Name = "Incoming")] Incoming,
}

public enum InterviewPurpose
{
    [Display(Name = "A specific job")] Job,
    [Display(Name = "A company and its culture")] CompanyAndCulture,
    [Display(Name = "A career")] Career,
    [Display(Name = "A qualification or certification track")] Qualification,
    [Display(Name = "Other")] Other,
}

public enum InterviewStatus
{
    [Display(Name = "Planned")] Planned,
    [Display(Name = "Requested")] Requested,
    [Display(Name = "Accepted")] Accepted,
    [Display(Name = "Declined")] Declined,
    [Display(Name = "No answer")] NoAnswer,
    [Display(Name = "Scheduled")] Scheduled,
    [Display(Name = "Completed")] Completed,
    [Display(Name = "Cancelled")] Cancelled,
}

public enum AskChannel
{
    [Display(Name = "Email")] Email,
    [Display(Name = "LinkedIn")] LinkedIn,
    [Display(Name = "Phone")] Phone,
    [Display(Name = "Introduction by a contact")] Introduction,
}

public enum MeetingFormat
{
    [Display(Name = "Phone")] Phone,
    [Display(Name = "Video")] Video,
    [Display(Name = "In person")] InPerson,
    [Display(Name = "Coffee")] Coffee,
}

public enum FollowUpKind
{
    [Display(Name = "Thank-you")] ThankYou,
    [Display(Name = "Nudge")] Nudge,
    [Display(Name = "Reach a second contact")] SecondContact,
    [Display(Name = "Update on their advice")] Update,
    [Display(Name = "Keep in touch")] KeepInTouch,
    [Display(Name = "Send a resource")] Resource,
    [Display(Name = "Other")] Other,
}

public enum OpportunityKind
{
    [Display(Name = "Role not advertised")] RoleNotAdvertised,
    [Display(Name = "Advertised role")] AdvertisedRole,
    [Display(Name = "Project or freelance")] ProjectOrFreelance,
    [Display(Name = "Referral")] Referral,
}

/// <summary>The step of reaching out that a message is written for.</summary>
public enum OutreachStep
{
    [Display(Name = "First request")] FirstRequest,
    [Display(Name = "Second contact (3 business days on)")] SecondContact,
    [Display(Name = "Follow-up (7 business days on)")] FollowUp,
    [Display(Name = "Thank-you")] ThankYou,
    [Display(Name = "Update")] Update,
}

public enum OpportunityStatus
{
    [Display(Name = "Learned of")] LearnedOf,
    [Display(Name = "Applied")] Applied,
    [Display(Name = "Referred")] Referred,
    [Display(Name = "Interviewing")] Interviewing,
    [Display(Name = "Offer")] Offer,
    [Display(Name = "Closed")] Closed,
}
