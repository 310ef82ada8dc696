namespace InfoInterviews.Web.Domain;

/// <summary>
/// Something to do to keep a relationship alive: a thank-you, a nudge, an update. It keeps one stored
/// due time, the time it next asks for attention (snoozing moves it), so lists seek an index.
/// </summary>
public class FollowUp : OwnedEntity
{
    public const int TitleMaxLength = 200;
    public const int NotesMaxLength = 5_000;

    private FollowUp()
    {
    }

    public FollowUp(Contact contact, FollowUpKind kind, string title, DateTime dueUtc, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Contact = contact;
        CreatedUtc = createdUtc;
        Edit(kind, title, null, dueUtc);
    }

    public FollowUpKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Notes { get; private set; }

    public int ContactId { get; private set; }

    public Contact? Contact { get; private set; }

    public int? InterviewRequestId { get; private set; }

    /// <summary>
    /// The interview this follow-up belongs to, if any. A navigation rather than a key, so that a
    /// follow-up planned by a step of an interview not saved yet is linked when both are saved together.
    /// </summary>
    public InterviewRequest? InterviewRequest { get; private set; }

    /// <summary>When it next asks for attention.</summary>
    public DateTime DueUtc { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? CompletedUtc { get; private set; }

    public bool IsDone => CompletedUtc is not null;

    public void Edit(FollowUpKind kind, string title, string? notes, DateTime dueUtc)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("A follow-up needs a title.");
        }

        Kind = kind;
        Title = title.Trim();
        Notes = notes;
        DueUtc = dueUtc;
    }

    /// <summary>Ties the follow-up to an interview with the same contact.</summary>
    public void BelongTo(InterviewRequest interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var sameContact = interview.Contact is not null && Contact is not null
            ? ReferenceEquals(interview.Contact, Contact)
            : interview.ContactId == ContactId;
        if (!sameContact)
        {
            throw new DomainRuleException("A follow-up can only belong to an interview with the same contact.");
        }

        InterviewRequest = interview;
    }

    /// <summary>Moves the follow-up, with its interview, to the record of the same person that survives a merge.</summary>
    public void MoveTo(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Contact = contact;
        ContactId = contact.Id;
    }

    public void Complete(DateTime atUtc)
    {
        if (IsDone)
        {
            throw new DomainRuleException("This follow-up is already done.");
        }

        CompletedUtc = atUtc;
    }

    public void Reopen() => CompletedUtc = null;

    public void SnoozeUntil(DateTime untilUtc, DateTime nowUtc)
    {
        if (IsDone)
        {
            throw new DomainRuleException("A follow-up that is done cannot be snoozed.");
        }

        if (untilUtc <= nowUtc)
        {
            throw new DomainRuleException("Snooze until a time in the future.");
        }

        DueUtc = untilUtc;
    }
}
