using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Calendar;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Pages.FollowUps;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>
/// One interview: what it is about, the status moves allowed now (one button each), its history, the
/// questions and notes, the outcome, and the people the contact suggested.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CompanyEditor companies, UserClock clock, InterviewEvents events) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Why a status move was refused, shown on the page the refusal redirects to.</summary>
    [TempData]
    public string? RefusedMessage { get; set; }

    public View Interview { get; private set; } = null!;

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public IReadOnlyList<QuestionRow> Questions { get; private set; } = [];

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    /// <summary>How many of the opportunities that came out of the interview the page lists, latest first.</summary>
    public const int OpportunitiesShown = 10;

    public IReadOnlyList<OpportunityRow> Opportunities { get; private set; } = [];

    public int OpportunityCount { get; private set; }
    public FollowUpPreview FollowUps { get; private set; } = new([], 0);

    /// <summary>"Add to calendar" while the interview is scheduled.</summary>
    public CalendarLinks? CalendarLinks { get; private set; }

    /// <summary>The suggested-person form; posted to <see cref="OnPostSuggestAsync"/>.</summary>
    public InputModel Input { get; private set; } = new();

    public InterviewHeading Heading => new(Interview.Id, Interview.ContactName, Interview.Status, "Details");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (RefusedMessage is not null)
        {
            ModelState.AddModelError(string.Empty, RefusedMessage);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, InterviewStatus? to, Guid version, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.Include(r => r.Contact).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        if (to is null)
        {
            return Refuse(id, "Choose a status to move the interview to.");
        }

        try
        {
            interview.MoveTo(to.Value, clock.UtcNow);
        }
        catch (DomainRuleException e)
        {
            return Refuse(id, e.Message);
        }

        if (await db.SaveAtVersionAsync(interview, version, cancellationToken) is not null)
        {
            return Refuse(id, "This interview changed since you opened it (perhaps in another tab). Here is where it stands now.");
        }

        StatusMessage = to switch
        {
            InterviewStatus.Requested => $"Marked requested, and the ask is logged as a touch with {interview.ContactName}.",
            InterviewStatus.Accepted => $"Marked accepted, and logged as a touch with {interview.ContactName}. Schedule it next.",
            _ => $"Marked {to.Value.DisplayName().ToLowerInvariant()}.",
        };
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSuggestAsync(int id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var interview = await db.InterviewRequests.Include(r => r.Contact).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Input = input;
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        var person = interview.SuggestPerson(input.FirstName, input.LastName, input.Role, clock.UtcNow);
        person.Company = await companies.FindOrAddAsync(input.CompanyName, cancellationToken);

        db.Contacts.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = interview.Contact is null
            ? $"{person.FullName} was added to your contacts."
            : $"{person.FullName} was added to your contacts, introduced by {interview.Contact.FullName}.";
        return RedirectToPage(new { id });
    }

    /// <summary>Redirects back to the interview, so the address bar never keeps the move handler.</summary>
    private RedirectToPageResult Refuse(int id, string message)
    {
        RefusedMessage = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new View(
                r.Id, r.ContactId, r.ContactName, r.Company != null ? r.Company.Name : null, r.Purpose, r.Goal, r.Channel,
                r.IntroducerId, r.Introducer != null ? (r.Introducer.LastName == null ? r.Introducer.FirstName : r.Introducer.FirstName + " " + r.Introducer.LastName) : null,
                r.Status, r.Version,
                r.CreatedUtc, r.ScheduledStartUtc, r.DurationMinutes, r.Format, r.LocationOrLink, r.NotesHtml, r.CompletedUtc,
                new InterviewOutcome(r.KeyInsights, r.Advice, r.ResourcesMentioned, r.NextSteps, r.Usefulness, r.LearnedOfUnadvertisedOpportunity, r.GotOnRadarOfKeyPerson, r.GainedInsightForApplications, r.WasReferred)))
            .FirstOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return false;
        }

        Interview = interview;
        if (interview.Status == InterviewStatus.Scheduled)
        {
            CalendarLinks = await events.LinksAsync(id, Request, cancellationToken);
        }

        History = await db.InterviewStatusChanges.AsNoTracking()
            .Where(h => h.InterviewRequestId == id)
            .OrderByDescending(h => h.ChangedUtc).ThenByDescending(h => h.Id)
            .Select(h => new HistoryRow(h.FromStatus, h.ToStatus, h.ChangedUtc, h.ScheduledStartUtc))
            .ToListAsync(cancellationToken);
        Questions = await db.InterviewQuestions.AsNoTracking()
            .Where(q => q.InterviewRequestId == id)
            .OrderBy(q => q.Position)
            .Select(q => new QuestionRow(q.Text, q.Answer, q.WasAsked))
            .ToListAsync(cancellationToken);
        FollowUps = await FollowUpPreview.ReadAsync(db.FollowUps.Where(f => f.InterviewRequestId == id), cancellationToken);
        People = await db.Contacts.AsNoTracking()
            .Where(c => c.SuggestedInInterviewId == id)
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id)
            .Select(c => new PersonRow(c.Id, c.LastName == null ? c.FirstName : c.FirstName + " " + c.LastName, c.Role, c.Company != null ? c.Company.Name : null))
            .ToListAsync(cancellationToken);
        var opportunities = db.Opportunities.AsNoTracking().Where(o => o.InterviewRequestId == id);
        OpportunityCount = await opportunities.CountAsync(cancellationToken);
        Opportunities = await opportunities
            .OrderByDescending(o => o.CreatedUtc).ThenByDescending(o => o.Id)
            .Take(OpportunitiesShown)
            .Select(o => new OpportunityRow(o.Id, o.Title, o.Kind, o.Status))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record View(
        int Id,
        int? ContactId,
        string ContactName,
        string? CompanyName,
        InterviewPurpose Purpose,
        string? Goal,
        AskChannel Channel,
        int? IntroducerId,
        string? IntroducerName,
        InterviewStatus Status,
        Guid Version,
        DateTime CreatedUtc,
        DateTime? ScheduledStartUtc,
        int DurationMinutes,
        MeetingFormat? Format,
        string? LocationOrLink,
        string? NotesHtml,
        DateTime? CompletedUtc,
        InterviewOutcome Outcome)
    {
        public IReadOnlyList<InterviewStatus> AllowedMoves => InterviewStatusRules.AllowedFrom(Status);

        public bool HasOutcome => Outcome.Usefulness is not null || Outcome.KeyInsights is not null || Outcome.Advice is not null
            || Outcome.ResourcesMentioned is not null || Outcome.NextSteps is not null || Outcome.LearnedOfUnadvertisedOpportunity
            || Outcome.GotOnRadarOfKeyPerson || Outcome.GainedInsightForApplications || Outcome.WasReferred;
    }

    public sealed record HistoryRow(InterviewStatus? From, InterviewStatus To, DateTime ChangedUtc, DateTime? ScheduledStartUtc);

    public sealed record QuestionRow(string Text, string? Answer, bool WasAsked);

    public sealed record PersonRow(int Id, string Name, string? Role, string? CompanyName);

    public sealed record OpportunityRow(int Id, string Title, OpportunityKind Kind, OpportunityStatus Status);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the first name of the person they suggested.")]
        [StringLength(Contact.NameMaxLength, ErrorMessage = "A first name has at most {1} characters.")]
        [Display(Name = "First name")]
        public string FirstName { get; set; } = string.Empty;

        [StringLength(Contact.NameMaxLength, ErrorMessage = "A last name has at most {1} characters.")]
        [Display(Name = "Last name")]
        public string? LastName { get; set; }

        [StringLength(Contact.RoleMaxLength, ErrorMessage = "A role has at most {1} characters.")]
        [Display(Name = "Role")]
        public string? Role { get; set; }

        [StringLength(Company.NameMaxLength, ErrorMessage = "A company name has at most {1} characters.")]
        [Display(Name = "Company")]
        public string? CompanyName { get; set; }
    }
}
