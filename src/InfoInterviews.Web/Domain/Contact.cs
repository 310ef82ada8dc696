namespace InfoInterviews.Web.Domain;

/// <summary>A person in the user's network.</summary>
public class Contact : OwnedEntity
{
    public const int NameMaxLength = 100;
    public const int FullNameMaxLength = (NameMaxLength * 2) + 1;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;
    public const int UrlMaxLength = 500;
    public const int RoleMaxLength = 150;
    public const int LocationMaxLength = 200;
    public const int ConnectionMaxLength = 200;
    public const int NotesMaxLength = 20_000;
    public const int MaxKeepInTouchDays = 3650;

    /// <summary>What a phone number may hold: digits, spaces and + ( ) - . /.</summary>
    public const string PhonePattern = @"^[0-9+()./\- ]*$";

    private string? email;
    private string? linkedInUrl;

    public Contact(string firstName, string? lastName, DateTime createdUtc)
    {
        Rename(firstName, lastName);
        CreatedUtc = createdUtc;
    }

    public string FirstName { get; private set; } = string.Empty;

    public string? LastName { get; private set; }

    /// <summary>The name as it is shown, stored so that lists and lookups read one column instead of rebuilding it.</summary>
    public string FullName { get; private set; } = string.Empty;

    /// <summary>The full name as <see cref="Domain.SearchKey"/> folds it, for search and "introduced by".</summary>
    public string SearchKey { get; private set; } = string.Empty;

    public string? Email
    {
        get => email;
        set
        {
            email = value;
            EmailKey = ContactMatchKeys.OfEmail(value);
        }
    }

    /// <summary>The email as <see cref="ContactMatchKeys"/> compares it, kept with it.</summary>
    public string? EmailKey { get; private set; }

    public string? Phone { get; set; }

    public string? LinkedInUrl
    {
        get => linkedInUrl;
        set
        {
            linkedInUrl = value;
            LinkedInKey = ContactMatchKeys.OfLinkedInUrl(value);
        }
    }

    /// <summary>The LinkedIn address as <see cref="ContactMatchKeys"/> compares it, kept with it.</summary>
    public string? LinkedInKey { get; private set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public string? Role { get; set; }

    public string? Location { get; set; }

    public ContactSource Source { get; set; } = ContactSource.ExistingNetwork;

    /// <summary>How the user knows them, in the user's words, as it opens a message to them.</summary>
    public string? Connection { get; set; }

    /// <summary>The day the user connected with them on LinkedIn, as LinkedIn's export says.</summary>
    public DateOnly? ConnectedOn { get; set; }

    public int? IntroducedById { get; set; }

    public Contact? IntroducedBy { get; set; }

    /// <summary>The informational interview in which this person was suggested, if any.</summary>
    public int? SuggestedInInterviewId { get; set; }

    public InterviewRequest? SuggestedInInterview { get; set; }

    /// <summary>How often the user wants to be in touch, in days; null when there is no rhythm.</summary>
    public int? KeepInTouchDays { get; private set; }

    /// <summary>Markdown.</summary>
    public string? Notes { get; private set; }

    /// <summary>The notes rendered, kept with them by <see cref="WriteNotes"/>.</summary>
    public string? NotesHtml { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>Time of the latest logged touch, kept here so lists sort and filter on an indexed column.</summary>
    public DateTime? LastTouchUtc { get; private set; }

    /// <summary>Due time of the earliest open follow-up, kept here for the same reason.</summary>
    public DateTime? NextFollowUpUtc { get; private set; }

    /// <summary>When the earliest ask still without a reply was sent; null when no ask waits.</summary>
    public DateTime? AwaitingReplySinceUtc { get; private set; }

    /// <summary>
    /// When the ask that waits makes the contact a <see cref="Responsiveness.Curmudgeon"/>, stored so that
    /// the contact list filters on an indexed column instead of counting business days in SQL.
    /// </summary>
    public DateTime? NoReplyAfterUtc { get; private set; }

    /// <summary>How quickly they answered the latest ask they answered: Booster or Obligate.</summary>
    public Responsiveness? RepliedAs { get; private set; }

    public ICollection<ContactTag> Tags { get; } = [];

    public ICollection<Interaction> Interactions { get; } = [];

    /// <summary>A person's name as it is shown: the first name, then the last name when there is one.</summary>
    public static string FullNameOf(string firstName, string? lastName) =>
        string.IsNullOrEmpty(lastName) ? firstName : $"{firstName} {lastName}";

    public void Rename(string firstName, string? lastName)
    {
        if (string.IsNullOrWhiteSpace(firstName))
        {
            throw new DomainRuleException("A contact needs a first name.");
        }

        FirstName = firstName.Trim();
        LastName = string.IsNullOrWhiteSpace(lastName) ? null : lastName.Trim();
        FullName = FullNameOf(FirstName, LastName);
        SearchKey = SearchKeyOf(FirstName, LastName);
    }

    /// <summary>The <see cref="SearchKey"/> a contact of this name has, to look one up before it exists.</summary>
    public static string SearchKeyOf(string firstName, string? lastName) =>
        Domain.SearchKey.Fold(FullNameOf(firstName.Trim(), string.IsNullOrWhiteSpace(lastName) ? null : lastName.Trim()));

    /// <summary>A job as it is shown: "Engineer at Acme", "Engineer" or "Acme"; null when neither is known.</summary>
    public static string? JobOf(string? role, string? companyName) => (role, companyName) switch
    {
        (null, null) => null,
        ({ } onlyRole, null) => onlyRole,
        (null, { } onlyCompany) => onlyCompany,
        ({ } both, { } company) => $"{both} at {company}",
    };

    /// <summary>
    /// Notes that they moved to another company or role: the role they held is kept as a logged touch,
    /// so their history shows where they were, then the new one is set.
    /// </summary>
    public Interaction ChangeRole(Company? company, string? role, DateTime changedUtc)
    {
        var touch = LogTouch(InteractionKind.Other, InteractionDirection.Outgoing, changedUtc, $"Changed role: was {JobOf(Role, Company?.Name) ?? "no role on record"}.");
        Company = company;
        if (company is null)
        {
            CompanyId = null;
        }

        Role = role;
        return touch;
    }

    /// <summary>
    /// The rule for every introduction, to a contact or to an interview: the person introduced is never
    /// their own introducer. Ids of 0 (not saved yet) cannot be the same person.
    /// </summary>
    public static void EnsureIntroducerIsSomeoneElse(int introducedId, int? introducerId)
    {
        if (introducedId != 0 && introducerId == introducedId)
        {
            throw new DomainRuleException("Someone else has to make the introduction: a contact cannot introduce themselves.");
        }
    }

    /// <summary>
    /// Takes in <paramref name="other"/>, another record of the same person that is about to be removed:
    /// the fields picked from it, and what both records know together (the earlier creation, the later
    /// last touch, the ask that has waited longest, a reply either got). Neither record of the person
    /// can be their introducer.
    /// </summary>
    public void Absorb(Contact other, IReadOnlySet<ContactField> fromOther)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(fromOther);
        if (ReferenceEquals(other, this) || (Id != 0 && other.Id == Id))
        {
            throw new DomainRuleException("A contact cannot be merged with itself: pick another contact.");
        }

        TakePicked(other, fromOther);
        if (IntroducedById is { } introducerId && (introducerId == Id || introducerId == other.Id))
        {
            IntroducedById = null;
            IntroducedBy = null;
        }

        SuggestedInInterviewId ??= other.SuggestedInInterviewId;
        CreatedUtc = other.CreatedUtc < CreatedUtc ? other.CreatedUtc : CreatedUtc;
        if (other.LastTouchUtc is { } otherTouch)
        {
            NoteTouch(otherTouch);
        }

        if (other.AwaitingReplySinceUtc is { } otherAsk && (AwaitingReplySinceUtc is null || otherAsk < AwaitingReplySinceUtc))
        {
            AwaitingReplySinceUtc = otherAsk;
            NoReplyAfterUtc = other.NoReplyAfterUtc;
        }

        RepliedAs ??= other.RepliedAs;
    }

    private void TakePicked(Contact other, IReadOnlySet<ContactField> fromOther)
    {
        foreach (var field in fromOther)
        {
            switch (field)
            {
                case ContactField.Name:
                    Rename(other.FirstName, other.LastName);
                    break;
                case ContactField.Email:
                    Email = other.Email;
                    break;
                case ContactField.Phone:
                    Phone = other.Phone;
                    break;
                case ContactField.LinkedInUrl:
                    LinkedInUrl = other.LinkedInUrl;
                    break;
                case ContactField.Company:
                    Company = other.Company;
                    CompanyId = other.CompanyId;
                    break;
                case ContactField.Role:
                    Role = other.Role;
                    break;
                case ContactField.Location:
                    Location = other.Location;
                    break;
                case ContactField.Source:
                    Source = other.Source;
                    break;
                case ContactField.Connection:
                    Connection = other.Connection;
                    break;
                case ContactField.ConnectedOn:
                    ConnectedOn = other.ConnectedOn;
                    break;
                case ContactField.IntroducedBy:
                    IntroducedBy = other.IntroducedBy;
                    IntroducedById = other.IntroducedById;
                    break;
                case ContactField.KeepInTouch:
                    KeepInTouchDays = other.KeepInTouchDays;
                    break;
                case ContactField.Notes:
                    Notes = other.Notes;
                    NotesHtml = other.NotesHtml;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(fromOther), field, "Not a field a merge picks.");
            }
        }
    }

    public void WriteNotes(RenderedMarkdown? notes)
    {
        Notes = notes?.Markdown;
        NotesHtml = notes?.Html;
    }

    public void KeepInTouchEvery(int? days)
    {
        if (days is <= 0 or > MaxKeepInTouchDays)
        {
            throw new DomainRuleException($"Keep-in-touch days must be between 1 and {MaxKeepInTouchDays}.");
        }

        KeepInTouchDays = days;
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;

    /// <summary>Logs a touch: the last-touch time only ever moves forward.</summary>
    public Interaction LogTouch(InteractionKind kind, InteractionDirection direction, DateTime occurredUtc, string? summary)
    {
        var touch = new Interaction(this, kind, direction, occurredUtc, summary);
        Interactions.Add(touch);
        NoteTouch(occurredUtc);
        return touch;
    }

    /// <summary>
    /// A touch as a restored export recorded it, logged by <paramref name="interview"/>'s step if it names
    /// one. Like <see cref="LogTouch"/> it moves the last-touch time, but it is not put in
    /// <see cref="Interactions"/> here: the caller adds the touches of all contacts in the order the export
    /// holds them, which the database then numbers them in.
    /// </summary>
    public Interaction RecordedTouch(InteractionKind kind, InteractionDirection direction, DateTime occurredUtc, string? summary, InterviewRequest? interview)
    {
        NoteTouch(occurredUtc);
        return new Interaction(this, kind, direction, occurredUtc, summary) { InterviewRequest = interview };
    }

    public void NoteTouch(DateTime occurredUtc)
    {
        if (LastTouchUtc is null || occurredUtc > LastTouchUtc)
        {
            LastTouchUtc = occurredUtc;
        }
    }

    /// <summary>Sets the last-touch time from the touches that remain, after one was edited or removed.</summary>
    public void RecomputeLastTouch(DateTime? latestRemainingUtc) => LastTouchUtc = latestRemainingUtc;

    /// <summary>
    /// The contact's responsiveness at <paramref name="nowUtc"/>: a Curmudgeon once an ask has waited
    /// past its limit, else how they answered last. The contact list's filter is this rule in SQL.
    /// </summary>
    public static Responsiveness? ResponsivenessOf(Responsiveness? repliedAs, DateTime? noReplyAfterUtc, DateTime nowUtc) =>
        noReplyAfterUtc <= nowUtc ? Responsiveness.Curmudgeon : repliedAs;

    public Responsiveness? ResponsivenessAt(DateTime nowUtc) => ResponsivenessOf(RepliedAs, NoReplyAfterUtc, nowUtc);

    /// <summary>
    /// Takes the reply state a restored export recorded: the ask still waiting (with the time it turns
    /// unanswered, counted when it was sent) and how they answered the last ask they answered.
    /// </summary>
    public void KeepRecordedReplies(DateTime? awaitingReplySinceUtc, DateTime? noReplyAfterUtc, Responsiveness? repliedAs)
    {
        if ((awaitingReplySinceUtc is null) != (noReplyAfterUtc is null) || noReplyAfterUtc < awaitingReplySinceUtc)
        {
            throw new DomainRuleException("An ask that waits for a reply has both the time it was sent and a later time it turns unanswered.");
        }

        if (repliedAs == Responsiveness.Curmudgeon)
        {
            throw new DomainRuleException("A reply is recorded as a Booster or an Obligate: a Curmudgeon is an ask that waited too long.");
        }

        AwaitingReplySinceUtc = awaitingReplySinceUtc;
        NoReplyAfterUtc = noReplyAfterUtc;
        RepliedAs = repliedAs;
    }

    /// <summary>Notes an ask for a reply. While an earlier ask still waits, the earlier one keeps counting.</summary>
    public void AwaitReply(DateTime askedUtc, TimeZoneInfo zone)
    {
        if (AwaitingReplySinceUtc is not null)
        {
            return;
        }

        AwaitingReplySinceUtc = askedUtc;
        NoReplyAfterUtc = BusinessDays.Add(askedUtc, FollowUpPlanner.NudgeAfterBusinessDays, zone);
    }

    /// <summary>
    /// Notes a reply (a yes, a no, or any incoming touch): within the second-contact limit of the ask it
    /// makes a Booster, later an Obligate. A touch from before the ask answers nothing.
    /// </summary>
    public void NoteReply(DateTime repliedUtc, TimeZoneInfo zone)
    {
        if (AwaitingReplySinceUtc is not { } askedUtc || repliedUtc < askedUtc)
        {
            return;
        }

        RepliedAs = repliedUtc <= BusinessDays.Add(askedUtc, FollowUpPlanner.SecondContactAfterBusinessDays, zone)
            ? Responsiveness.Booster
            : Responsiveness.Obligate;
        AwaitingReplySinceUtc = null;
        NoReplyAfterUtc = null;
    }
}
