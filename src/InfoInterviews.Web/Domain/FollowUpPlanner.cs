namespace InfoInterviews.Web.Domain;

/// <summary>
/// The follow-ups planned for the user: the 3B7 nudges after an ask, the thank-you and the update after
/// a meeting, and the keep-in-touch rhythm. Nothing is planned twice, and what a reply makes moot is
/// closed. Pure rules: the caller finds the follow-ups that exist and saves what changed.
/// </summary>
public static class FollowUpPlanner
{
    /// <summary>Business days without a reply after which another person at the company is worth reaching.</summary>
    public const int SecondContactAfterBusinessDays = 3;

    /// <summary>Business days without a reply after which the contact is nudged.</summary>
    public const int NudgeAfterBusinessDays = 7;

    /// <summary>
    /// The nudges of an ask sent at <paramref name="askedUtc"/>: a second contact at the company after 3
    /// business days (only when the contact has a company), a follow-up after 7. A kind that already
    /// has an open follow-up on the interview is not planned again.
    /// </summary>
    public static IReadOnlyList<FollowUp> PlanNudges(
        InterviewRequest interview, string? companyName, DateTime askedUtc, TimeZoneInfo zone, IReadOnlyCollection<FollowUp> ofInterview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(ofInterview);
        var contact = interview.Contact ?? throw new InvalidOperationException("Load the contact with the interview before planning its nudges.");
        var planned = new List<FollowUp>();
        if (!string.IsNullOrWhiteSpace(companyName) && !ofInterview.Any(f => f.Kind == FollowUpKind.SecondContact && !f.IsDone))
        {
            planned.Add(Plan(interview, contact, FollowUpKind.SecondContact, $"Reach a second contact at {companyName}",
                BusinessDays.Add(askedUtc, SecondContactAfterBusinessDays, zone), askedUtc));
        }

        if (!ofInterview.Any(f => f.Kind == FollowUpKind.Nudge && !f.IsDone))
        {
            planned.Add(Plan(interview, contact, FollowUpKind.Nudge, $"Follow up with {contact.FullName}",
                BusinessDays.Add(askedUtc, NudgeAfterBusinessDays, zone), askedUtc));
        }

        return planned;
    }

    /// <summary>
    /// Closes, at the time of the reply, the open nudges (to the contact or to a second contact) that
    /// belong to an interview and were planned by then: a reply makes them moot.
    /// </summary>
    public static void CloseNudges(IEnumerable<FollowUp> followUps, DateTime repliedUtc)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        foreach (var followUp in followUps.Where(f => IsNudge(f) && f.CreatedUtc <= repliedUtc).ToList())
        {
            followUp.Complete(repliedUtc);
        }
    }

    /// <summary>
    /// After a meeting: a thank-you and an update on their advice, due the user's offsets after the
    /// meeting took place. A kind the interview already has, open or done, is not planned again.
    /// </summary>
    public static IReadOnlyList<FollowUp> PlanAfterMeeting(
        InterviewRequest interview, int thankYouAfterDays, int updateAfterDays, IReadOnlyCollection<FollowUp> ofInterview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        ArgumentNullException.ThrowIfNull(ofInterview);
        var contact = interview.Contact ?? throw new InvalidOperationException("Load the contact with the interview before planning its follow-ups.");
        var metUtc = interview.CompletedUtc ?? throw new InvalidOperationException("Only a completed interview has a meeting to follow up.");
        var planned = new List<FollowUp>();
        if (!ofInterview.Any(f => f.Kind == FollowUpKind.ThankYou))
        {
            planned.Add(Plan(interview, contact, FollowUpKind.ThankYou, $"Thank {contact.FullName}", metUtc.AddDays(thankYouAfterDays), metUtc));
        }

        if (!ofInterview.Any(f => f.Kind == FollowUpKind.Update))
        {
            planned.Add(Plan(interview, contact, FollowUpKind.Update, $"Tell {contact.FullName} how their advice played out", metUtc.AddDays(updateAfterDays), metUtc));
        }

        return planned;
    }

    /// <summary>
    /// Keeps one open keep-in-touch follow-up due the contact's rhythm after the last touch (or after the
    /// last keep-in-touch marked done, or after the contact was added, when either is later). Without a
    /// rhythm the open ones are moot.
    /// </summary>
    /// <param name="open">The contact's open keep-in-touch follow-ups.</param>
    /// <param name="lastKeptUtc">When the latest keep-in-touch follow-up of the contact was marked done.</param>
    public static KeepInTouchPlan KeepInTouch(Contact contact, IReadOnlyList<FollowUp> open, DateTime? lastKeptUtc)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(open);
        if (contact.KeepInTouchDays is not int days)
        {
            return new KeepInTouchPlan(null, open);
        }

        var since = new[] { contact.CreatedUtc, contact.LastTouchUtc ?? DateTime.MinValue, lastKeptUtc ?? DateTime.MinValue }.Max();
        var dueUtc = since.AddDays(days);
        if (open.Count == 0)
        {
            var title = Title($"Keep in touch with {contact.FullName}");
            return new KeepInTouchPlan(Planned(new FollowUp(contact, FollowUpKind.KeepInTouch, title, dueUtc, since), contact), []);
        }

        foreach (var followUp in open)
        {
            followUp.Edit(followUp.Kind, followUp.Title, followUp.Notes, dueUtc);
        }

        return new KeepInTouchPlan(null, []);
    }

    /// <summary>Whether a follow-up is an open nudge of an ask, which a reply closes.</summary>
    public static bool IsNudge(FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return followUp.Kind is FollowUpKind.Nudge or FollowUpKind.SecondContact && !followUp.IsDone
            && (followUp.InterviewRequestId is not null || followUp.InterviewRequest is not null);
    }

    private static FollowUp Plan(InterviewRequest interview, Contact contact, FollowUpKind kind, string title, DateTime dueUtc, DateTime createdUtc)
    {
        var followUp = new FollowUp(contact, kind, Title(title), dueUtc, createdUtc);
        followUp.BelongTo(interview);
        return Planned(followUp, interview);
    }

    /// <summary>What the app plans for sample data is sample data too: removing the sample takes it along.</summary>
    private static FollowUp Planned(FollowUp followUp, OwnedEntity plannedFor)
    {
        if (plannedFor.IsSample)
        {
            followUp.MarkAsSample();
        }

        return followUp;
    }

    /// <summary>A planned title holds a name, which may be longer than a title may be.</summary>
    private static string Title(string text) => text.Length <= FollowUp.TitleMaxLength ? text : text[..FollowUp.TitleMaxLength];
}

/// <summary>What keeping a contact's rhythm changes: a follow-up to add, and moot ones to remove.</summary>
public sealed record KeepInTouchPlan(FollowUp? Added, IReadOnlyList<FollowUp> Moot);
