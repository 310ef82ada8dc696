namespace InfoInterviews.Web.Domain;

/// <summary>
/// A result of networking: a role, project or referral the user learned of, where it came from (a
/// contact, a company, an informational interview) and how far it has gone.
/// </summary>
public class Opportunity : OwnedEntity
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int NotesMaxLength = 20_000;

    /// <summary>Why a link was refused, on the form and from <see cref="LinkTo"/>.</summary>
    public const string LinkMessage = "Enter a web address starting with http:// or https://.";

    public Opportunity(string title, OpportunityKind kind, DateOnly learnedOn, DateTime createdUtc)
    {
        Retitle(title);
        Kind = kind;
        LearnedOn = learnedOn;
        CreatedUtc = createdUtc;
        StatusChangedUtc = createdUtc;
    }

    public string Title { get; private set; } = string.Empty;

    public OpportunityKind Kind { get; set; }

    public OpportunityStatus Status { get; private set; } = OpportunityStatus.LearnedOf;

    /// <summary>When the status last changed (the creation time until it first does), so lists can show what moved lately.</summary>
    public DateTime StatusChangedUtc { get; private set; }

    /// <summary>The day the user learned of it.</summary>
    public DateOnly LearnedOn { get; private set; }

    /// <summary>A day to act by: an application deadline, or when to follow up.</summary>
    public DateOnly? ActBy { get; private set; }

    /// <summary>An http or https address, so that the page can offer it as a link.</summary>
    public string? Url { get; private set; }

    /// <summary>Markdown.</summary>
    public string? Notes { get; private set; }

    /// <summary>The notes rendered, kept with them by <see cref="WriteNotes"/>.</summary>
    public string? NotesHtml { get; private set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    /// <summary>The contact the user learned of it from.</summary>
    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    /// <summary>The informational interview it came out of.</summary>
    public int? InterviewRequestId { get; set; }

    public InterviewRequest? InterviewRequest { get; set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>
    /// The kind an interview's recorded outcome points to: a referral when the user was referred, a role
    /// not advertised when they learned of one; null when the outcome says neither.
    /// </summary>
    public static OpportunityKind? KindFromOutcome(bool learnedOfUnadvertisedOpportunity, bool wasReferred) =>
        wasReferred ? OpportunityKind.Referral
        : learnedOfUnadvertisedOpportunity ? OpportunityKind.RoleNotAdvertised
        : null;

    /// <summary>Whether <paramref name="url"/> is an absolute http or https address (no script or other scheme).</summary>
    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    public void Retitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("An opportunity needs a title.");
        }

        Title = title.Trim();
    }

    /// <summary>Moves to a status; the time of the change is kept only when the status really changes.</summary>
    public void MoveTo(OpportunityStatus status, DateTime atUtc)
    {
        if (status == Status)
        {
            return;
        }

        Status = status;
        StatusChangedUtc = atUtc;
    }

    /// <summary>Takes the status a restored export recorded, with the time it last changed.</summary>
    public void KeepRecordedStatus(OpportunityStatus status, DateTime changedUtc)
    {
        Status = status;
        StatusChangedUtc = changedUtc;
    }

    /// <summary>Sets the day learned of and the day to act by, which cannot come before it.</summary>
    public void SetDates(DateOnly learnedOn, DateOnly? actBy)
    {
        if (actBy < learnedOn)
        {
            throw new DomainRuleException("The date to act by cannot be before the date you learned of it.");
        }

        LearnedOn = learnedOn;
        ActBy = actBy;
    }

    public void LinkTo(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            Url = null;
            return;
        }

        url = url.Trim();
        if (!IsWebLink(url))
        {
            throw new DomainRuleException(LinkMessage);
        }

        Url = url;
    }

    public void WriteNotes(RenderedMarkdown? notes)
    {
        Notes = notes?.Markdown;
        NotesHtml = notes?.Html;
    }
}
