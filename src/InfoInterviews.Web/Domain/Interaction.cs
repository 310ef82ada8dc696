namespace InfoInterviews.Web.Domain;

/// <summary>A logged touch with a contact: an email, a call, a meeting.</summary>
public class Interaction : OwnedEntity
{
    public const int SummaryMaxLength = 500;

    private Interaction()
    {
    }

    internal Interaction(Contact contact, InteractionKind kind, InteractionDirection direction, DateTime occurredUtc, string? summary)
    {
        Contact = contact;
        Kind = kind;
        Direction = direction;
        OccurredUtc = occurredUtc;
        Summary = summary;
    }

    public int ContactId { get; private set; }

    public Contact? Contact { get; private set; }

    /// <summary>Set when the touch was logged by a step of an informational interview.</summary>
    public int? InterviewRequestId { get; private set; }

    /// <summary>
    /// The interview whose step logged this touch. A navigation rather than a key, so that a step of an
    /// interview not saved yet links its touch and EF sets the key when both are saved together.
    /// </summary>
    public InterviewRequest? InterviewRequest { get; internal set; }

    /// <summary>Moves the touch to the record of the same person that survives a merge.</summary>
    public void MoveTo(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Contact = contact;
        ContactId = contact.Id;
    }

    public InteractionKind Kind { get; set; }

    public InteractionDirection Direction { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string? Summary { get; set; }
}
