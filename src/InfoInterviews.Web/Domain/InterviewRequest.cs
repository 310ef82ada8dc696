namespace InfoInterviews.Web.Domain;

/// <summary>
/// An informational interview, from the first plan to ask through to its outcome. Its status moves
/// only along <see cref="InterviewStatusRules"/>, and every move leaves a row in <see cref="History"/>.
/// </summary>
public class InterviewRequest : OwnedEntity
{
    public const int DefaultDurationMinutes = 30;
    public const int GoalMaxLength = 1000;

    private InterviewRequest()
    {
    }

    public InterviewRequest(Contact contact, InterviewPurpose purpose, string? goal, AskChannel channel, DateTime createdUtc)
    {
        Contact = contact;
        ContactName = contact.FullName;
        CompanyId = contact.CompanyId;
        Purpose = purpose;
        Goal = goal;
        Channel = channel;
        CreatedUtc = createdUtc;
        Status = InterviewStatus.Planned;
        History.Add(new InterviewStatusChange(this, null, InterviewStatus.Planned, createdUtc, null));
    }

    /// <summary>Null once the contact is deleted; <see cref="ContactName"/> keeps the record readable.</summary>
    public int? ContactId { get; private set; }

    public Contact? Contact { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public InterviewPurpose Purpose { get; set; }

    /// <summary>What the user wants to learn.</summary>
    public string? Goal { get; set; }

    public AskChannel Channel { get; set; }

    /// <summary>The contact who makes the introduction, when the ask goes through one.</summary>
    public int? IntroducerId { get; set; }

    public Contact? Introducer { get; set; }

    public InterviewStatus Status { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? ScheduledStartUtc { get; private set; }

    public int DurationMinutes { get; private set; } = DefaultDurationMinutes;

    public MeetingFormat? Format { get; private set; }

    public string? LocationOrLink { get; private set; }

    /// <summary>Markdown notes taken during and after the conversation.</summary>
    public string? Notes { get; set; }

    public DateTime? CompletedUtc { get; private set; }

    public string? KeyInsights { get; private set; }

    public string? Advice { get; private set; }

    public string? ResourcesMentioned { get; private set; }

    public string? NextSteps { get; private set; }

    /// <summary>How useful the conversation was, 1 to 5.</summary>
    public int? Usefulness { get; private set; }

    public bool LearnedOfUnadvertisedOpportunity { get; private set; }

    public bool GotOnRadarOfKeyPerson { get; private set; }

    public bool GainedInsightForApplications { get; private set; }

    public bool WasReferred { get; private set; }

    public ICollection<InterviewStatusChange> History { get; } = [];

    public ICollection<InterviewQuestion> Questions { get; } = [];

    public IReadOnlyList<InterviewStatus> AllowedMoves => InterviewStatusRules.AllowedFrom(Status);

    /// <summary>Moves to a status that needs nothing more than the time of the move.</summary>
    public void MoveTo(InterviewStatus to, DateTime atUtc)
    {
        if (to == InterviewStatus.Scheduled)
        {
            throw new DomainRuleException("Scheduling needs a date and time: use Schedule.");
        }

        EnsureCanMove(to);
        if (to == InterviewStatus.Completed)
        {
            CompletedUtc = atUtc;
        }

        Record(to, atUtc, null);
        if (to is InterviewStatus.Requested or InterviewStatus.Accepted)
        {
            LogTouchOnContact(to, atUtc);
        }
    }

    /// <summary>Schedules an accepted request, or reschedules a scheduled one; both keep the history.</summary>
    public void Schedule(DateTime startUtc, int durationMinutes, MeetingFormat format, string? locationOrLink, DateTime atUtc)
    {
        if (Status != InterviewStatus.Scheduled)
        {
            EnsureCanMove(InterviewStatus.Scheduled);
        }

        if (durationMinutes is < 5 or > 480)
        {
            throw new DomainRuleException("The duration must be between 5 and 480 minutes.");
        }

        if (startUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The start must be given in UTC.", nameof(startUtc));
        }

        ScheduledStartUtc = startUtc;
        DurationMinutes = durationMinutes;
        Format = format;
        LocationOrLink = string.IsNullOrWhiteSpace(locationOrLink) ? null : locationOrLink.Trim();
        Record(InterviewStatus.Scheduled, atUtc, startUtc);
    }

    public void RecordOutcome(InterviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (Status != InterviewStatus.Completed)
        {
            throw new DomainRuleException("An outcome is recorded once the interview is completed.");
        }

        if (outcome.Usefulness is < 1 or > 5)
        {
            throw new DomainRuleException("Usefulness is rated from 1 to 5.");
        }

        KeyInsights = outcome.KeyInsights;
        Advice = outcome.Advice;
        ResourcesMentioned = outcome.ResourcesMentioned;
        NextSteps = outcome.NextSteps;
        Usefulness = outcome.Usefulness;
        LearnedOfUnadvertisedOpportunity = outcome.LearnedOfUnadvertisedOpportunity;
        GotOnRadarOfKeyPerson = outcome.GotOnRadarOfKeyPerson;
        GainedInsightForApplications = outcome.GainedInsightForApplications;
        WasReferred = outcome.WasReferred;
    }

    /// <summary>Copies questions onto this interview, after those it has, so later edits of their source never change it.</summary>
    public void AddQuestions(IEnumerable<string> texts)
    {
        var next = Questions.Count == 0 ? 0 : Questions.Max(q => q.Position) + 1;
        foreach (var text in texts)
        {
            Questions.Add(new InterviewQuestion(this, next++, text));
        }
    }

    /// <summary>
    /// A person the contact suggested talking to, as a new contact introduced by them and linked to
    /// this interview. The caller adds it to the user's contacts.
    /// </summary>
    public Contact SuggestPerson(string firstName, string? lastName, string? role, DateTime createdUtc) =>
        new(firstName, lastName, createdUtc)
        {
            Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
            Source = ContactSource.Introduced,
            IntroducedBy = Contact,
            IntroducedById = ContactId,
            SuggestedInInterview = this,
        };

    /// <summary>The kind of touch an ask through this channel is logged as.</summary>
    public static InteractionKind TouchKindFor(AskChannel channel) => channel switch
    {
        AskChannel.Email => InteractionKind.Email,
        AskChannel.Phone => InteractionKind.Call,
        _ => InteractionKind.Message,
    };

    private void LogTouchOnContact(InterviewStatus to, DateTime atUtc)
    {
        if (ContactId is null && Contact is null)
        {
            return;
        }

        // Asking and agreeing are touches: they must reach the contact's history and last-touch time.
        var contact = Contact ?? throw new InvalidOperationException("Load the contact with the interview before moving it.");
        var touch = to == InterviewStatus.Requested
            ? contact.LogTouch(TouchKindFor(Channel), InteractionDirection.Outgoing, atUtc, "Asked for an informational interview.")
            : contact.LogTouch(TouchKindFor(Channel), InteractionDirection.Incoming, atUtc, "Agreed to an informational interview.");
        touch.InterviewRequestId = Id;
    }

    private void EnsureCanMove(InterviewStatus to)
    {
        if (!InterviewStatusRules.CanMove(Status, to))
        {
            throw new DomainRuleException(
                $"An interview that is {Status.DisplayName()} cannot be marked {to.DisplayName()}.");
        }
    }

    private void Record(InterviewStatus to, DateTime atUtc, DateTime? scheduledStartUtc)
    {
        History.Add(new InterviewStatusChange(this, Status, to, atUtc, scheduledStartUtc));
        Status = to;
    }
}

/// <summary>What came of a completed informational interview.</summary>
public sealed record InterviewOutcome(
    string? KeyInsights,
    string? Advice,
    string? ResourcesMentioned,
    string? NextSteps,
    int? Usefulness,
    bool LearnedOfUnadvertisedOpportunity,
    bool GotOnRadarOfKeyPerson,
    bool GainedInsightForApplications,
    bool WasReferred);

/// <summary>One step in an interview's history: a status change or a (re)scheduling, with its time.</summary>
public class InterviewStatusChange : OwnedEntity
{
    private InterviewStatusChange()
    {
    }

    internal InterviewStatusChange(InterviewRequest request, InterviewStatus? from, InterviewStatus to, DateTime changedUtc, DateTime? scheduledStartUtc)
    {
        InterviewRequest = request;
        FromStatus = from;
        ToStatus = to;
        ChangedUtc = changedUtc;
        ScheduledStartUtc = scheduledStartUtc;
    }

    public int InterviewRequestId { get; private set; }

    public InterviewRequest? InterviewRequest { get; private set; }

    public InterviewStatus? FromStatus { get; private set; }

    public InterviewStatus ToStatus { get; private set; }

    public DateTime ChangedUtc { get; private set; }

    /// <summary>The start the interview was (re)scheduled for by this step.</summary>
    public DateTime? ScheduledStartUtc { get; private set; }
}

/// <summary>A question copied onto one interview, with its answer.</summary>
public class InterviewQuestion : OwnedEntity
{
    public const int TextMaxLength = 500;

    private InterviewQuestion()
    {
    }

    internal InterviewQuestion(InterviewRequest request, int position, string text)
    {
        InterviewRequest = request;
        Position = position;
        Text = QuestionText.Validate(text, TextMaxLength);
    }

    public int InterviewRequestId { get; private set; }

    public InterviewRequest? InterviewRequest { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public string? Answer { get; set; }

    public bool WasAsked { get; set; }
}
