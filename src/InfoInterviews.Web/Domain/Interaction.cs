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
    public int? InterviewRequestId { get; set; }

    public InteractionKind Kind { get; set; }

    public InteractionDirection Direction { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string? Summary { get; set; }
}
