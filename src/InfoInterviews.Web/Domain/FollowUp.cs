namespace InfoInterviews.Web.Domain;

/// <summary>Something to do to keep a relationship alive: a thank-you, a nudge, an update.</summary>
public class FollowUp : OwnedEntity
{
    public const int TitleMaxLength = 200;

    public FollowUp(FollowUpKind kind, string title, DateTime dueUtc)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("A follow-up needs a title.");
        }

        Kind = kind;
        Title = title.Trim();
        DueUtc = dueUtc;
    }

    public FollowUpKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Notes { get; set; }

    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    public int? InterviewRequestId { get; set; }

    public InterviewRequest? InterviewRequest { get; set; }

    public DateTime DueUtc { get; private set; }

    public DateTime? SnoozedUntilUtc { get; private set; }

    public DateTime? CompletedUtc { get; private set; }

    public bool IsDone => CompletedUtc is not null;

    /// <summary>When the follow-up next asks for attention: the snooze end if snoozed, else its due time.</summary>
    public DateTime EffectiveDueUtc => SnoozedUntilUtc ?? DueUtc;

    public void Complete(DateTime atUtc)
    {
        if (IsDone)
        {
            throw new DomainRuleException("This follow-up is already done.");
        }

        CompletedUtc = atUtc;
    }

    public void Reopen() => CompletedUtc = null;

    public void Snooze(DateTime untilUtc, DateTime nowUtc)
    {
        if (IsDone)
        {
            throw new DomainRuleException("A follow-up that is done cannot be snoozed.");
        }

        if (untilUtc <= nowUtc)
        {
            throw new DomainRuleException("Snooze until a time in the future.");
        }

        SnoozedUntilUtc = untilUtc;
    }

    public void Reschedule(DateTime dueUtc)
    {
        DueUtc = dueUtc;
        SnoozedUntilUtc = null;
    }
}
