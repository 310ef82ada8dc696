using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Companies;

/// <summary>A target company: its scores, the user's contacts there, the interviews held there and the opportunities there.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public CompanyView Company { get; private set; } = null!;

    /// <summary>How many of the latest interviews and opportunities the page lists; their own lists have all of them.</summary>
    public const int LatestShown = 10;

    /// <summary>The page of contacts shown, from the query (<c>?page=</c>) as on every list.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ContactRow> Contacts { get; private set; } = PagedList.Empty<ContactRow>();

    public IReadOnlyList<InterviewRow> Interviews { get; private set; } = [];

    public int InterviewCount { get; private set; }

    public IReadOnlyList<OpportunityRow> Opportunities { get; private set; } = [];

    public int OpportunityCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CompanyView(c.Id, c.Name, c.Website, c.Industry, c.Location, c.NotesHtml, c.Motivation, c.Posting, c.Contacts.Count(x => !x.IsArchived)))
            .SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        Company = company;
        Contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.CompanyId == id)
            .OrderBy(c => c.IsArchived).ThenBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .ToPagedListAsync(c => new ContactRow(c.Id, c.FullName, c.Role, c.LastTouchUtc, c.IsArchived), PageNumber, cancellationToken: cancellationToken);
        var interviews = db.InterviewRequests.AsNoTracking().Where(r => r.CompanyId == id);
        InterviewCount = await interviews.CountAsync(cancellationToken);
        Interviews = await interviews
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Take(LatestShown)
            .Select(r => new InterviewRow(r.Id, r.ContactName, r.Status, r.Purpose, r.ScheduledStartUtc ?? r.CreatedUtc))
            .ToListAsync(cancellationToken);
        var opportunities = db.Opportunities.AsNoTracking().Where(o => o.CompanyId == id);
        OpportunityCount = await opportunities.CountAsync(cancellationToken);
        Opportunities = await opportunities
            .OrderByDescending(o => o.StatusChangedUtc).ThenByDescending(o => o.Id)
            .Take(LatestShown)
            .Select(o => new OpportunityRow(o.Id, o.Title, o.Status, o.Kind))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record CompanyView(int Id, string Name, string? Website, string? Industry, string? Location, string? NotesHtml, int Motivation, int Posting, int Advocacy);

    public sealed record ContactRow(int Id, string FullName, string? Role, DateTime? LastTouchUtc, bool IsArchived);

    public sealed record InterviewRow(int Id, string ContactName, InterviewStatus Status, InterviewPurpose Purpose, DateTime AtUtc);

    public sealed record OpportunityRow(int Id, string Title, OpportunityStatus Status, OpportunityKind Kind);
}
