using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>A contact: who they are, how the user met them, everything that happened with them, and a form to log a touch.</summary>
public sealed class DetailsModel(AppDbContext db, UserClock clock) : PageModel
{
    [BindProperty]
    public TouchInput Touch { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ContactHeader Contact { get; private set; } = null!;

    public IReadOnlyList<NamedLink> Introduced { get; private set; } = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Touch = TouchInput.Now(clock);
        return Page();
    }

    /// <summary>Logs a touch; the contact's last-touch time moves in the same save.</summary>
    public async Task<IActionResult> OnPostLogTouchAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        var touch = contact.LogTouch(Touch.Kind, Touch.Direction, Touch.OccurredUtc(clock), Touch.TidySummary());
        return await SaveAsync(contact, c => c.NoteTouch(touch.OccurredUtc), $"{Touch.Kind.DisplayName()} with {contact.FullName} logged.", cancellationToken);
    }

    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken) =>
        ChangeArchiveAsync(id, archive: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        ChangeArchiveAsync(id, archive: false, cancellationToken);

    private async Task<IActionResult> ChangeArchiveAsync(int id, bool archive, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        return archive
            ? await SaveAsync(contact, c => c.Archive(), $"{contact.FullName} was archived: hidden from the contact list unless you include archived contacts.", cancellationToken)
            : await SaveAsync(contact, c => c.Restore(), $"{contact.FullName} is back on the contact list.", cancellationToken);
    }

    /// <summary>Saves a one-click change, applied again over an edit saved at the same moment (see VersionedSave).</summary>
    private async Task<IActionResult> SaveAsync(Contact contact, Action<Contact> change, string done, CancellationToken cancellationToken)
    {
        var conflict = await db.SaveReapplyingAsync(contact, change, cancellationToken);
        if (conflict is { CurrentVersion: null })
        {
            return NotFound();
        }

        StatusMessage = conflict is null ? done : VersionedSave.ConflictMessage;
        return RedirectToPage(new { id = contact.Id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var header = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ContactHeader(
                c.Id,
                c.FirstName,
                c.LastName,
                c.Role,
                c.CompanyId,
                c.Company == null ? null : c.Company.Name,
                c.Email,
                c.Phone,
                c.LinkedInUrl,
                c.Location,
                c.Source,
                c.IntroducedById,
                c.IntroducedBy == null ? null : c.IntroducedBy.FirstName,
                c.IntroducedBy == null ? null : c.IntroducedBy.LastName,
                c.SuggestedInInterviewId,
                c.KeepInTouchDays,
                c.NotesHtml,
                c.IsArchived,
                c.LastTouchUtc,
                c.Tags.OrderBy(t => t.Tag!.Name).Select(t => new NamedLink(t.TagId, t.Tag!.Name)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return false;
        }

        Contact = header;
        Introduced = (await db.Contacts.AsNoTracking()
                .Where(c => c.IntroducedById == id)
                .OrderBy(c => c.FirstName).ThenBy(c => c.LastName)
                .Select(c => new { c.Id, c.FirstName, c.LastName })
                .ToListAsync(cancellationToken))
            .Select(c => new NamedLink(c.Id, Domain.Contact.FullNameOf(c.FirstName, c.LastName)))
            .ToList();
        Timeline = await ReadTimelineAsync(id, cancellationToken);
        return true;
    }

    /// <summary>Touches, interviews, follow-ups and opportunities with this contact, newest first.</summary>
    private async Task<IReadOnlyList<TimelineEntry>> ReadTimelineAsync(int id, CancellationToken cancellationToken)
    {
        var touches = await db.Interactions.AsNoTracking().Where(i => i.ContactId == id)
            .Select(i => new { i.Id, i.Kind, i.Direction, i.OccurredUtc, i.Summary })
            .ToListAsync(cancellationToken);
        var interviews = await db.InterviewRequests.AsNoTracking().Where(r => r.ContactId == id)
            .Select(r => new { r.Id, r.Status, r.Purpose, r.CreatedUtc, r.ScheduledStartUtc, r.CompletedUtc })
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.ContactId == id)
            .Select(f => new { f.Id, f.Kind, f.Title, f.DueUtc, f.CompletedUtc })
            .ToListAsync(cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.ContactId == id)
            .Select(o => new { o.Id, o.Title, o.Status, o.WasAdvertised, o.CreatedUtc })
            .ToListAsync(cancellationToken);

        return touches
            .Select(t => new TimelineEntry(t.OccurredUtc, TimelineKind.Touch, t.Id, $"{t.Kind.DisplayName()} ({t.Direction.DisplayName().ToLowerInvariant()})", t.Summary))
            .Concat(interviews.Select(r => new TimelineEntry(
                r.CompletedUtc ?? r.ScheduledStartUtc ?? r.CreatedUtc,
                TimelineKind.Interview,
                r.Id,
                $"Informational interview: {r.Status.DisplayName()}",
                $"About {r.Purpose.DisplayName().ToLowerInvariant()}")))
            .Concat(followUps.Select(f => new TimelineEntry(
                f.CompletedUtc ?? f.DueUtc,
                TimelineKind.FollowUp,
                f.Id,
                $"Follow-up ({f.Kind.DisplayName().ToLowerInvariant()}): {f.Title}",
                f.CompletedUtc is null ? "To do" : "Done")))
            .Concat(opportunities.Select(o => new TimelineEntry(
                o.CreatedUtc,
                TimelineKind.Opportunity,
                o.Id,
                $"Opportunity: {o.Title}",
                $"{o.Status.DisplayName()}{(o.WasAdvertised ? string.Empty : " · not advertised")}")))
            .OrderByDescending(e => e.AtUtc)
            .ThenByDescending(e => e.Id)
            .ToList();
    }

    public sealed record ContactHeader(
        int Id,
        string FirstName,
        string? LastName,
        string? Role,
        int? CompanyId,
        string? CompanyName,
        string? Email,
        string? Phone,
        string? LinkedInUrl,
        string? Location,
        ContactSource Source,
        int? IntroducedById,
        string? IntroducerFirstName,
        string? IntroducerLastName,
        int? SuggestedInInterviewId,
        int? KeepInTouchDays,
        string? NotesHtml,
        bool IsArchived,
        DateTime? LastTouchUtc,
        IReadOnlyList<NamedLink> Tags)
    {
        public string FullName => Domain.Contact.FullNameOf(FirstName, LastName);

        public string? IntroducerName => IntroducerFirstName is null ? null : Domain.Contact.FullNameOf(IntroducerFirstName, IntroducerLastName);
    }

    /// <summary>Something with an id and a name to link to.</summary>
    public sealed record NamedLink(int Id, string Name);

    public enum TimelineKind
    {
        Touch,
        Interview,
        FollowUp,
        Opportunity,
    }

    public sealed record TimelineEntry(DateTime AtUtc, TimelineKind Kind, int Id, string Title, string? Detail);
}
