using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Export;
using InfoInterviews.Web.Pages.FollowUps;
using InfoInterviews.Web.Paging;
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

    public IReadOnlyList<NamedLink> Tags { get; private set; } = [];

    public IReadOnlyList<NamedLink> Introduced { get; private set; } = [];

    public Responsiveness? Responsiveness => Domain.Contact.ResponsivenessOf(Contact.RepliedAs, Contact.NoReplyAfterUtc, clock.UtcNow);

    public string? ResponsivenessMeaning => Responsiveness is { } responsiveness ? ResponsivenessText.Meaning(responsiveness) : null;
    public FollowUpPreview FollowUps { get; private set; } = new([], 0);

    /// <summary>The page of the timeline shown, from the query (<c>?page=</c>) as on every list.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TimelineEntry> Timeline { get; private set; } = PagedList.Empty<TimelineEntry>();

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

        var logged = await db.LogTouchAsync(
            contact,
            (Touch.Kind, Touch.Direction, Touch.OccurredUtc(clock), Touch.TidySummary()),
            $"{Touch.Kind.DisplayName()} with {contact.FullName} logged.",
            cancellationToken);
        if (logged is null)
        {
            return NotFound();
        }

        StatusMessage = logged;
        return RedirectToPage(new { id = contact.Id });
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

    /// <summary>The contact as a vCard file, for a phone or a mail program.</summary>
    public async Task<IActionResult> OnGetVCardAsync(int id, CancellationToken cancellationToken)
    {
        var contact = db.Contacts.Where(c => c.Id == id);
        var name = await contact.Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken);
        return name is null ? NotFound() : ContactCards.Download(contact, ContactCards.FileNameFor(name));
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
                c.Connection,
                c.IntroducedById,
                c.IntroducedBy == null ? null : c.IntroducedBy.FirstName,
                c.IntroducedBy == null ? null : c.IntroducedBy.LastName,
                c.SuggestedInInterviewId,
                c.KeepInTouchDays,
                c.NotesHtml,
                c.IsArchived,
                c.LastTouchUtc,
                c.RepliedAs,
                c.NoReplyAfterUtc))
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return false;
        }

        Contact = header;

        // A query of its own: joined into the header, the provider filtered the owner's whole
        // ContactTags table before matching the one contact, a cost that grew with the workspace.
        Tags = await db.ContactTags.AsNoTracking()
            .Where(t => t.ContactId == id)
            .OrderBy(t => t.Tag!.Name)
            .Select(t => new NamedLink(t.TagId, t.Tag!.Name))
            .ToListAsync(cancellationToken);
        Introduced = await db.Contacts.AsNoTracking()
            .Where(c => c.IntroducedById == id)
            .OrderBy(c => c.FullName).ThenBy(c => c.Id)
            .Select(c => new NamedLink(c.Id, c.FullName))
            .ToListAsync(cancellationToken);
        FollowUps = await FollowUpPreview.ReadAsync(db.FollowUps.Where(f => f.ContactId == id), cancellationToken);
        Timeline = await ReadTimelineAsync(id, PageNumber, cancellationToken);
        return true;
    }

    /// <summary>
    /// One page of the touches, interviews, follow-ups and opportunities with this contact, newest first.
    /// The four kinds live in four tables: each gives at most the rows up to the end of the page asked
    /// for, newest first, and the page is cut from their merge, so a page costs the same whatever the
    /// contact's history holds before it.
    /// </summary>
    private async Task<PagedList<TimelineEntry>> ReadTimelineAsync(int id, int pageNumber, CancellationToken cancellationToken)
    {
        const int size = PagedListExtensions.DefaultPageSize;
        var touches = db.Interactions.AsNoTracking().Where(i => i.ContactId == id);
        var interviews = db.InterviewRequests.AsNoTracking().Where(r => r.ContactId == id);
        var followUps = db.FollowUps.AsNoTracking().Where(f => f.ContactId == id);
        var opportunities = db.Opportunities.AsNoTracking().Where(o => o.ContactId == id);
        var total = await touches.CountAsync(cancellationToken) + await interviews.CountAsync(cancellationToken)
            + await followUps.CountAsync(cancellationToken) + await opportunities.CountAsync(cancellationToken);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (total + size - 1) / size));
        var upToPageEnd = pageNumber * size;

        var entries = (await touches
                .OrderByDescending(i => i.OccurredUtc).ThenByDescending(i => i.Id).Take(upToPageEnd)
                .Select(i => new { i.Id, i.Kind, i.Direction, i.OccurredUtc, i.Summary })
                .ToListAsync(cancellationToken))
            .Select(t => new TimelineEntry(t.OccurredUtc, TimelineKind.Touch, t.Id, $"{t.Kind.DisplayName()} ({t.Direction.DisplayName().ToLowerInvariant()})", t.Summary))
            .Concat((await interviews
                    .OrderByDescending(r => r.CompletedUtc ?? r.ScheduledStartUtc ?? r.CreatedUtc).ThenByDescending(r => r.Id).Take(upToPageEnd)
                    .Select(r => new { r.Id, r.Status, r.Purpose, AtUtc = r.CompletedUtc ?? r.ScheduledStartUtc ?? r.CreatedUtc })
                    .ToListAsync(cancellationToken))
                .Select(r => new TimelineEntry(r.AtUtc, TimelineKind.Interview, r.Id, $"Informational interview: {r.Status.DisplayName()}", $"About {r.Purpose.DisplayName().ToLowerInvariant()}")))
            .Concat((await followUps
                    .OrderByDescending(f => f.CompletedUtc ?? f.DueUtc).ThenByDescending(f => f.Id).Take(upToPageEnd)
                    .Select(f => new { f.Id, f.Kind, f.Title, AtUtc = f.CompletedUtc ?? f.DueUtc, Done = f.CompletedUtc != null })
                    .ToListAsync(cancellationToken))
                .Select(f => new TimelineEntry(f.AtUtc, TimelineKind.FollowUp, f.Id, $"Follow-up ({f.Kind.DisplayName().ToLowerInvariant()}): {f.Title}", f.Done ? "Done" : "To do")))
            .Concat((await opportunities
                    .OrderByDescending(o => o.CreatedUtc).ThenByDescending(o => o.Id).Take(upToPageEnd)
                    .Select(o => new { o.Id, o.Title, o.Status, o.Kind, o.CreatedUtc })
                    .ToListAsync(cancellationToken))
                .Select(o => new TimelineEntry(o.CreatedUtc, TimelineKind.Opportunity, o.Id, $"Opportunity: {o.Title}", $"{o.Status.DisplayName()} · {o.Kind.DisplayName().ToLowerInvariant()}")))
            .OrderByDescending(e => e.AtUtc)
            .ThenByDescending(e => e.Id)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToList();
        return new PagedList<TimelineEntry>(entries, pageNumber, size, total);
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
        string? Connection,
        int? IntroducedById,
        string? IntroducerFirstName,
        string? IntroducerLastName,
        int? SuggestedInInterviewId,
        int? KeepInTouchDays,
        string? NotesHtml,
        bool IsArchived,
        DateTime? LastTouchUtc,
        Responsiveness? RepliedAs,
        DateTime? NoReplyAfterUtc)
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
