using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Outreach;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>
/// A message to a contact from one of the user's templates, filled in for them, with its hints, a
/// mail link and a copy button; once sent, one post logs the email and marks a planned request sent.
/// Written for the contact alone, or for one of their interviews or follow-ups, which picks the
/// template for that step.
/// </summary>
public sealed class WriteModel(AppDbContext db, UserClock clock) : PageModel
{
    /// <summary>How many templates the picker offers, by name; the chosen one is always among them.</summary>
    public const int PickerLimit = 100;

    [BindProperty(SupportsGet = true, Name = "templateId")]
    public int? TemplateId { get; set; }

    [BindProperty(SupportsGet = true, Name = "interviewId")]
    public int? InterviewId { get; set; }

    [BindProperty(SupportsGet = true, Name = "followUpId")]
    public int? FollowUpId { get; set; }

    /// <summary>The interview's version when the page was read, so that "I sent it" never moves an interview changed meanwhile.</summary>
    [BindProperty]
    public Guid? InterviewVersion { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public Recipient Contact { get; private set; } = null!;

    public InterviewView? Interview { get; private set; }

    public FollowUpView? FollowUp { get; private set; }

    public IReadOnlyList<TemplateOption> Templates { get; private set; } = [];

    public TemplateOption? Chosen { get; private set; }

    public OutreachMessage? Message { get; private set; }

    public string? MailtoLink { get; private set; }

    /// <summary>Whether "I sent it" also moves the interview from planned to requested.</summary>
    public bool MarksRequested => Interview?.Status == InterviewStatus.Planned;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id,
                c.FirstName,
                c.LastName,
                c.FullName,
                c.Email,
                c.Role,
                Company = c.Company == null ? null : c.Company.Name,
                c.Connection,
                IntroducerName = c.IntroducedBy == null ? null : c.IntroducedBy.FullName,
                c.Source,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null || !await LoadContextAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Contact = new Recipient(contact.Id, contact.FullName, contact.Email);
        InterviewVersion = Interview?.Version;
        Templates = await db.OutreachTemplates.AsNoTracking()
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Take(PickerLimit)
            .Select(t => new TemplateOption(t.Id, t.Name, t.Step))
            .ToListAsync(cancellationToken);
        var chosen = await ChooseTemplateAsync(cancellationToken);
        if (chosen is null)
        {
            return TemplateId is null ? Page() : NotFound();
        }

        Chosen = new TemplateOption(chosen.Id, chosen.Name, chosen.Step);
        if (Templates.All(t => t.Id != chosen.Id))
        {
            Templates = [Chosen, .. Templates];
        }

        var values = new MergeValues(
            contact.FirstName,
            contact.LastName,
            contact.Company,
            contact.Role,
            OutreachMessage.MyName(User),
            ConnectionPhrase.For(contact.Connection, contact.IntroducerName, contact.Source));
        Message = OutreachMessage.Fill(chosen.Subject, chosen.Body, values);
        MailtoLink = Message.CanSend ? Message.MailtoLink(contact.Email) : null;
        return Page();
    }

    /// <summary>
    /// The message was sent: a planned interview is marked requested, which logs the ask as a touch;
    /// otherwise the email is logged as a touch with the contact.
    /// </summary>
    public async Task<IActionResult> OnPostSentAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var interview = InterviewId is int interviewId
            ? await db.InterviewRequests.SingleOrDefaultAsync(r => r.Id == interviewId && r.ContactId == id, cancellationToken)
            : null;
        var templateName = TemplateId is int templateId
            ? await db.OutreachTemplates.Where(t => t.Id == templateId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        if ((InterviewId is not null && interview is null)
            || (TemplateId is not null && templateName is null)
            || (FollowUpId is int followUpId && !await db.FollowUps.AnyAsync(f => f.Id == followUpId && f.ContactId == id, cancellationToken)))
        {
            return NotFound();
        }

        var now = clock.UtcNow;
        if (interview is { Status: InterviewStatus.Planned })
        {
            // The ask went out by email from here, whatever channel was planned, and the move logs it as that.
            interview.Channel = AskChannel.Email;
            interview.MoveTo(InterviewStatus.Requested, now);
            if (await db.SaveAtVersionAsync(interview, InterviewVersion ?? interview.Version, cancellationToken) is not null)
            {
                StatusMessage = "Error: this interview changed after you opened the message (perhaps in another tab), so nothing was logged. Here it is as it now stands.";
                return RedirectToPage("/Interviews/Details", new { id = interview.Id });
            }

            StatusMessage = $"Marked requested, and your email is logged as a touch with {contact.FullName}.";
            return RedirectToPage("/Interviews/Details", new { id = interview.Id });
        }

        var summary = templateName is null ? "Sent an email." : $"Sent “{templateName}”.";
        var logged = await db.LogTouchAsync(
            contact, (InteractionKind.Email, InteractionDirection.Outgoing, now, summary), $"Your email to {contact.FullName} is logged as a touch.", cancellationToken);
        if (logged is null)
        {
            return NotFound();
        }

        StatusMessage = logged;
        return interview is null
            ? RedirectToPage("Details", new { id })
            : RedirectToPage("/Interviews/Details", new { id = interview.Id });
    }

    /// <summary>Reads the interview and follow-up named in the query; false when either is not one of this contact's.</summary>
    private async Task<bool> LoadContextAsync(int contactId, CancellationToken cancellationToken)
    {
        if (InterviewId is int interviewId)
        {
            Interview = await db.InterviewRequests.AsNoTracking()
                .Where(r => r.Id == interviewId && r.ContactId == contactId)
                .Select(r => new InterviewView(r.Id, r.Status, r.Purpose, r.Version))
                .SingleOrDefaultAsync(cancellationToken);
            if (Interview is null)
            {
                return false;
            }
        }

        if (FollowUpId is int followUpId)
        {
            FollowUp = await db.FollowUps.AsNoTracking()
                .Where(f => f.Id == followUpId && f.ContactId == contactId)
                .Select(f => new FollowUpView(f.Id, f.Kind, f.Title))
                .SingleOrDefaultAsync(cancellationToken);
            if (FollowUp is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The template asked for; else the first, by name, for the step this message serves; else the first of all.</summary>
    private async Task<TemplateText?> ChooseTemplateAsync(CancellationToken cancellationToken)
    {
        var templates = db.OutreachTemplates.AsNoTracking();
        if (TemplateId is int templateId)
        {
            return await Text(templates.Where(t => t.Id == templateId)).SingleOrDefaultAsync(cancellationToken);
        }

        var step = OutreachSteps.For(Interview?.Status, FollowUp?.Kind);
        return await Text(templates.Where(t => t.Step == step).OrderBy(t => t.Name).ThenBy(t => t.Id)).FirstOrDefaultAsync(cancellationToken)
            ?? await Text(templates.OrderBy(t => t.Name).ThenBy(t => t.Id)).FirstOrDefaultAsync(cancellationToken);

        static IQueryable<TemplateText> Text(IQueryable<OutreachTemplate> query) =>
            query.Select(t => new TemplateText(t.Id, t.Name, t.Step, t.Subject, t.Body));
    }

    public sealed record Recipient(int Id, string FullName, string? Email);

    public sealed record InterviewView(int Id, InterviewStatus Status, InterviewPurpose Purpose, Guid Version);

    public sealed record FollowUpView(int Id, FollowUpKind Kind, string Title);

    public sealed record TemplateOption(int Id, string Name, OutreachStep Step);

    private sealed record TemplateText(int Id, string Name, OutreachStep Step, string? Subject, string Body);
}
