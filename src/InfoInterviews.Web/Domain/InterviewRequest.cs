namespace InfoInterviews.Web.Domain;

/// <summary>
/// An informational interview, from the first plan to ask through to its outcome. Its status moves
/// only along <see cref="InterviewStatusRules"/>, and every move leaves a row in <see cref="History"/>.
/// </summary>
public class InterviewRequest : OwnedEntity
{
    public const int DefaultDurationMinutes = 30;
    public const int MinDurationMinutes = 5;
    public const int MaxDurationMinutes = 480;
    public const int GoalMaxLength = 1000;
    public const int LocationOrLinkMaxLength = 500;
    public const int NotesMaxLength = 50_000;

    /// <summary>The limit of each outcome text: key insights, advice, resources mentioned, next steps.</summary>
    public const int OutcomeTextMaxLength = 10_000;

    private InterviewRequest()
    {
    }

    public InterviewRequest(Contact contact, InterviewPurpose purpose, string? goal, AskChannel channel, DateTime createdUtc)
    {
        Contact = contact;
        ContactName = contact.FullName;
        ContactNameKey = SearchKey.Fold(ContactName);
        CompanyId = contact.CompanyId;
        Purpose = purpose;
        Goal = goal;
        Channel = channel;
        CreatedUtc = createdUtc;
        Status = InterviewStatus.Planned;
        History.Add(new InterviewStatusChange(this, null, InterviewStatus.Planned, createdUtc, null));
    }

    /// <summary>
    /// An interview as a restored export recorded it: with the contact's name it showed (the contact may
    /// have been deleted since) and without any step. Its status, history and outcome are then taken as
    /// recorded; nothing is logged on the contact, since the export holds the touches its steps logged.
    /// </summary>
    public static InterviewRequest Recorded(Contact? contact, string contactName, InterviewPurpose purpose, string? goal, AskChannel channel, DateTime createdUtc)
    {
        if (string.IsNullOrWhiteSpace(contactName))
        {
            throw new DomainRuleException("An interview needs the name of the person it is with.");
        }

        return new InterviewRequest
        {
            Contact = contact,
            ContactName = contactName,
            ContactNameKey = SearchKey.Fold(contactName),
            Purpose = purpose,
            Goal = goal,
            Channel = channel,
            CreatedUtc = createdUtc,
            Status = InterviewStatus.Planned,
        };
    }

    /// <summary>Null once the contact is deleted; <see cref="ContactName"/> keeps the record readable.</summary>
    public int? ContactId { get; private set; }

    public Contact? Contact { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    /// <summary>The contact's name as <see cref="SearchKey"/> folds it, for search, kept after the contact is deleted.</summary>
    public string ContactNameKey { get; private set; } = string.Empty;

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
    public string? Notes { get; private set; }

    /// <summary>The notes rendered, kept with them by <see cref="WriteNotes"/>.</summary>
    public string? NotesHtml { get; private set; }

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
        switch (to)
        {
            case InterviewStatus.Scheduled:
                throw new DomainRuleException("Scheduling needs a date and time: use Schedule.");
            case InterviewStatus.Completed:
                throw new DomainRuleException("Completing needs the time the interview took place: use Outcome.");
        }

        EnsureCanMove(to);
        Record(to, atUtc, null);
        if (to is InterviewStatus.Requested or InterviewStatus.Accepted)
        {
            LogTouchOnContact(to, atUtc);
        }
    }

    /// <summary>
    /// Records a request the contact has already agreed to, scheduled in the same step: the history
    /// shows the ask, the yes and the schedule at one time, as the fast path from a contact records them.
    /// </summary>
    public void ScheduleAgreed(DateTime startUtc, int durationMinutes, MeetingFormat format, string? locationOrLink, DateTime atUtc)
    {
        MoveTo(InterviewStatus.Requested, atUtc);
        MoveTo(InterviewStatus.Accepted, atUtc);
        Schedule(startUtc, durationMinutes, format, locationOrLink, atUtc);
    }

    /// <summary>
    /// Marks a scheduled interview completed at the time it took place, which cannot be in the future:
    /// the contact's history and last touch show the meeting then, not when it was recorded.
    /// </summary>
    public void Complete(DateTime tookPlaceUtc, DateTime nowUtc)
    {
        EnsureCanMove(InterviewStatus.Completed);
        if (tookPlaceUtc > nowUtc)
        {
            throw new DomainRuleException("An interview is completed once it has taken place: choose a time that is not in the future.");
        }

        CompletedUtc = tookPlaceUtc;
        Record(InterviewStatus.Completed, tookPlaceUtc, null);
        LogTouchOnContact(InterviewStatus.Completed, tookPlaceUtc);
    }

    /// <summary>Schedules an accepted request, or reschedules a scheduled one; both keep the history.</summary>
    public void Schedule(DateTime startUtc, int durationMinutes, MeetingFormat format, string? locationOrLink, DateTime atUtc)
    {
        if (Status != InterviewStatus.Scheduled)
        {
            EnsureCanMove(InterviewStatus.Scheduled);
        }

        if (durationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw new DomainRuleException($"The duration must be between {MinDurationMinutes} and {MaxDurationMinutes} minutes.");
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

    /// <summary>
    /// Points the interview at <paramref name="survivor"/> wherever it named the record removed by a
    /// merge of two records of one person, as its contact (whose name it then shows) and as its
    /// introducer. A person is never the introducer to themselves, so that link goes when both meet.
    /// </summary>
    public void ReplaceContact(int removedId, Contact survivor)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        if (ContactId == removedId)
        {
            Contact = survivor;
            ContactId = survivor.Id;
            ContactName = survivor.FullName;
            ContactNameKey = SearchKey.Fold(ContactName);
        }

        if (IntroducerId == removedId)
        {
            IntroducerId = survivor.Id;
        }

        if (IntroducerId is not null && IntroducerId == ContactId)
        {
            IntroducerId = null;
            Introducer = null;
        }
    }

    public void WriteNotes(RenderedMarkdown? notes)
    {
        Notes = notes?.Markdown;
        NotesHtml = notes?.Html;
    }

    /// <summary>
    /// Takes the status, meeting and completion time a restored export recorded. The moves that led
    /// there are not replayed: they come as recorded steps (<see cref="RecordedStep"/>).
    /// </summary>
    public void KeepRecordedState(InterviewStatus status, DateTime? scheduledStartUtc, int durationMinutes, MeetingFormat? format, string? locationOrLink, DateTime? completedUtc)
    {
        if (durationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw new DomainRuleException($"The duration must be between {MinDurationMinutes} and {MaxDurationMinutes} minutes.");
        }

        if ((status == InterviewStatus.Completed) != (completedUtc is not null))
        {
            throw new DomainRuleException("An interview has a completion time when, and only when, it is completed.");
        }

        Status = status;
        ScheduledStartUtc = scheduledStartUtc;
        DurationMinutes = durationMinutes;
        Format = format;
        LocationOrLink = string.IsNullOrWhiteSpace(locationOrLink) ? null : locationOrLink.Trim();
        CompletedUtc = completedUtc;
    }

    /// <summary>
    /// A step of the history as a restored export recorded it. It names this interview but is not put in
    /// <see cref="History"/> here: the caller adds the steps of all interviews in the order the export
    /// holds them, which the database then numbers them in.
    /// </summary>
    public InterviewStatusChange RecordedStep(InterviewStatus? from, InterviewStatus to, DateTime changedUtc, DateTime? scheduledStartUtc) =>
        new(this, from, to, changedUtc, scheduledStartUtc);

    /// <summary>A question at the place a restored export recorded it, answered or not.</summary>
    public InterviewQuestion AddRecordedQuestion(int position, string text, string? answer, bool wasAsked)
    {
        var question = new InterviewQuestion(this, position, text) { Answer = answer, WasAsked = wasAsked };
        Questions.Add(question);
        return question;
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

    /// <summary>
    /// Copies questions onto this interview, after those it has, so later edits of their source never
    /// change it. A question it already asks (whatever the case or spacing) is not added twice.
    /// Returns how many were added.
    /// </summary>
    public int AddQuestions(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var asked = Questions.Select(q => QuestionText.Key(q.Text)).ToHashSet(StringComparer.Ordinal);
        var next = Questions.Count == 0 ? 0 : Questions.Max(q => q.Position) + 1;
        var added = 0;
        foreach (var text in texts)
        {
            var question = new InterviewQuestion(this, next, text);
            if (asked.Add(QuestionText.Key(question.Text)))
            {
                Questions.Add(question);
                next++;
                added++;
            }
        }

        return added;
    }

    /// <summary>Removes one question of this interview, with its answer.</summary>
    public void RemoveQuestion(InterviewQuestion question)
    {
        if (!Questions.Remove(question))
        {
            throw new DomainRuleException("That question is not on this interview.");
        }

        QuestionOrder.Renumber(Questions.OrderBy(q => q.Position).ToList(), SetPosition);
    }

    /// <summary>Moves a question one place up (-1) or down (+1); its answer moves with it.</summary>
    public void MoveQuestion(InterviewQuestion question, int offset)
    {
        var ordered = Questions.OrderBy(q => q.Position).ToList();
        if (!ordered.Contains(question))
        {
            throw new DomainRuleException("That question is not on this interview.");
        }

        QuestionOrder.Move(ordered, question, offset, SetPosition);
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

    /// <summary>The kind of touch a meeting in this format is logged as.</summary>
    public static InteractionKind TouchKindFor(MeetingFormat? format) => format switch
    {
        MeetingFormat.Phone => InteractionKind.Call,
        MeetingFormat.Video => InteractionKind.Video,
        _ => InteractionKind.Meeting,
    };

    private void LogTouchOnContact(InterviewStatus to, DateTime atUtc)
    {
        if (ContactId is null && Contact is null)
        {
            return;
        }

        // Asking, agreeing and meeting are touches: they must reach the contact's history and last-touch time.
        var contact = Contact ?? throw new InvalidOperationException("Load the contact with the interview before moving it.");
        var touch = to switch
        {
            InterviewStatus.Requested => contact.LogTouch(TouchKindFor(Channel), InteractionDirection.Outgoing, atUtc, "Asked for an informational interview."),
            InterviewStatus.Accepted => contact.LogTouch(TouchKindFor(Channel), InteractionDirection.Incoming, atUtc, "Agreed to an informational interview."),
            _ => contact.LogTouch(TouchKindFor(Format), InteractionDirection.Outgoing, atUtc, "Had an informational interview."),
        };
        touch.InterviewRequest = this;

        // A step of a sample interview is not something the user logged: it goes with the sample.
        if (IsSample)
        {
            touch.MarkAsSample();
        }
    }

    private static void SetPosition(InterviewQuestion question, int position) => question.Position = position;

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
    public const int AnswerMaxLength = 10_000;

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

    public int Position { get; internal set; }

    public string Text { get; private set; } = string.Empty;

    public string? Answer { get; set; }

    public bool WasAsked { get; set; }
}
