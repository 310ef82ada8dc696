using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using InfoInterviews.Web.Search;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>The user's informational interviews: upcoming ones first, a count per status, filters and paging.</summary>
public sealed class IndexModel(AppDbContext db, TextSearch search, NameLookup names, UserClock clock) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public InterviewStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public InterviewPurpose? Purpose { get; set; }

    /// <summary>A company's name as typed (or its id, from a link); <see cref="CompanyFilter"/> is the company it names.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Company { get; set; }

    public NamedChoice? CompanyFilter { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(SearchPattern.TermMaxLength, ErrorMessage = "Search for at most {1} characters.")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public IReadOnlyList<StatusCount> Counts { get; private set; } = [];

    public bool HasAny => Counts.Any(c => c.Count > 0);

    public bool IsFiltered => Status is not null || Purpose is not null || CompanyFilter is not null || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An over-long search is left out with its message, as the contact list does; the list still answers.
        if (ModelState.GetFieldValidationState("q") == ModelValidationState.Invalid)
        {
            Search = null;
        }

        var counts = await db.InterviewRequests.AsNoTracking()
            .GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Counts = Enum.GetValues<InterviewStatus>().Select(s => new StatusCount(s, counts.GetValueOrDefault(s))).ToList();
        // A company nobody has is left out, with its message; the list still answers.
        CompanyFilter = await names.CompanyFilterAsync(Company, ModelState, "company", cancellationToken);

        var query = db.InterviewRequests.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (Purpose is { } purpose)
        {
            query = query.Where(r => r.Purpose == purpose);
        }

        if (CompanyFilter?.Id is { } companyId)
        {
            query = query.Where(r => r.CompanyId == companyId);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var hits = search.Interviews(SearchWords.Parse(Search)).Select(h => h.Id);
            query = query.Where(r => hits.Contains(r.Id));
        }

        Expression<Func<InterviewRequest, Row>> row = r => new Row(
            r.Id, r.ContactId, r.ContactName, r.Company != null ? r.Company.Name : null, r.Purpose, r.Status, r.ScheduledStartUtc, r.CreatedUtc);
        Results = Order(query) is { } ordered
            ? await ordered.ToPagedListAsync(row, PageNumber, cancellationToken: cancellationToken)
            : await DefaultOrderAsync(query, row, cancellationToken);
    }

    /// <summary>The order the user picked by a column; null for the default order.</summary>
    private IOrderedQueryable<InterviewRequest>? Order(IQueryable<InterviewRequest> query) => (Sort?.ToUpperInvariant(), Desc) switch
    {
        ("CONTACT", false) => query.OrderBy(r => r.ContactName).ThenBy(r => r.Id),
        ("CONTACT", true) => query.OrderByDescending(r => r.ContactName).ThenByDescending(r => r.Id),
        ("STATUS", false) => query.OrderBy(r => r.Status).ThenBy(r => r.Id),
        ("STATUS", true) => query.OrderByDescending(r => r.Status).ThenByDescending(r => r.Id),
        ("CREATED", false) => query.OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id),
        ("CREATED", true) => query.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id),
        ("WHEN", true) => query.OrderByDescending(r => r.ScheduledStartUtc).ThenByDescending(r => r.Id),
        _ => null,
    };

    /// <summary>
    /// By default the interviews still to come lead, soonest first; the rest follow, newest first. Read as
    /// two parts, each in an order its index serves, so the page does not sort every interview.
    /// </summary>
    private Task<PagedList<Row>> DefaultOrderAsync(IQueryable<InterviewRequest> query, Expression<Func<InterviewRequest, Row>> row, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var upcoming = query
            .Where(r => r.Status == InterviewStatus.Scheduled && r.ScheduledStartUtc >= now)
            .OrderBy(r => r.ScheduledStartUtc).ThenBy(r => r.Id);
        var rest = query
            .Where(r => r.Status != InterviewStatus.Scheduled || r.ScheduledStartUtc == null || r.ScheduledStartUtc < now)
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id);
        return upcoming.ToPagedListAsync(rest, row, PageNumber, cancellationToken: cancellationToken);
    }

    public sealed record Row(int Id, int? ContactId, string ContactName, string? CompanyName, InterviewPurpose Purpose, InterviewStatus Status, DateTime? ScheduledStartUtc, DateTime CreatedUtc);

    public sealed record StatusCount(InterviewStatus Status, int Count);
}
