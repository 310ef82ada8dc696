using System.Linq.Expressions;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Opportunities;

/// <summary>
/// The opportunities networking brought: filtered by status, kind and company, sorted and paged in the
/// database (owner and status, owner and kind, and the last status change are indexed).
/// </summary>
public sealed class IndexModel(AppDbContext db, NameLookup names) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public OpportunityStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public OpportunityKind? Kind { get; set; }

    /// <summary>A company's name as typed (or its id, from a link); <see cref="CompanyFilter"/> is the company it names.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Company { get; set; }

    public NamedChoice? CompanyFilter { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public bool IsFiltered => Status is not null || Kind is not null || CompanyFilter is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A company nobody has is left out, with its message; the list still answers.
        CompanyFilter = await names.CompanyFilterAsync(Company, ModelState, "company", cancellationToken);

        var query = db.Opportunities.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        if (Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (CompanyFilter?.Id is { } companyId)
        {
            query = query.Where(o => o.CompanyId == companyId);
        }

        Results = await Order(query).ToPagedListAsync(
            o => new Row(
                o.Id,
                o.Title,
                o.Kind,
                o.Status,
                o.CompanyId,
                o.Company == null ? null : o.Company.Name,
                o.ContactId,
                o.Contact == null ? null : o.Contact.FullName,
                o.LearnedOn,
                o.ActBy,
                o.StatusChangedUtc),
            PageNumber,
            cancellationToken: cancellationToken);
    }

    /// <summary>
    /// A status's place from learned of to closed. Statuses are stored by name, which would sort them
    /// alphabetically, so the place is spelled out in SQL as one CASE over the statuses in their order.
    /// </summary>
    private static readonly Expression<Func<Opportunity, int>> StatusPlace = PlaceOfStatus();

    private static Expression<Func<Opportunity, int>> PlaceOfStatus()
    {
        var opportunity = Expression.Parameter(typeof(Opportunity), "o");
        var status = Expression.Property(opportunity, nameof(Opportunity.Status));
        var statuses = Enum.GetValues<OpportunityStatus>();
        Expression place = Expression.Constant(statuses.Length);
        for (var i = statuses.Length - 1; i >= 0; i--)
        {
            place = Expression.Condition(Expression.Equal(status, Expression.Constant(statuses[i])), Expression.Constant(i), place);
        }

        return Expression.Lambda<Func<Opportunity, int>>(place, opportunity);
    }

    private IQueryable<Opportunity> Order(IQueryable<Opportunity> query) => (Sort?.ToUpperInvariant(), Desc) switch
    {
        ("TITLE", false) => query.OrderBy(o => o.Title).ThenBy(o => o.Id),
        ("TITLE", true) => query.OrderByDescending(o => o.Title).ThenByDescending(o => o.Id),
        ("COMPANY", false) => query.OrderBy(o => o.Company!.Name).ThenBy(o => o.Title).ThenBy(o => o.Id),
        ("COMPANY", true) => query.OrderByDescending(o => o.Company!.Name).ThenBy(o => o.Title).ThenBy(o => o.Id),
        ("STATUS", false) => query.OrderBy(StatusPlace).ThenByDescending(o => o.StatusChangedUtc).ThenBy(o => o.Id),
        ("STATUS", true) => query.OrderByDescending(StatusPlace).ThenByDescending(o => o.StatusChangedUtc).ThenBy(o => o.Id),
        ("LEARNED", false) => query.OrderBy(o => o.LearnedOn).ThenBy(o => o.Id),
        ("LEARNED", true) => query.OrderByDescending(o => o.LearnedOn).ThenByDescending(o => o.Id),
        ("ACTBY", false) => query.OrderBy(o => o.ActBy == null).ThenBy(o => o.ActBy).ThenBy(o => o.Id),
        ("ACTBY", true) => query.OrderByDescending(o => o.ActBy).ThenBy(o => o.Id),
        ("CHANGED", false) => query.OrderBy(o => o.StatusChangedUtc).ThenBy(o => o.Id),

        // By default what moved last comes first.
        _ => query.OrderByDescending(o => o.StatusChangedUtc).ThenByDescending(o => o.Id),
    };

    public sealed record Row(
        int Id,
        string Title,
        OpportunityKind Kind,
        OpportunityStatus Status,
        int? CompanyId,
        string? CompanyName,
        int? ContactId,
        string? ContactName,
        DateOnly LearnedOn,
        DateOnly? ActBy,
        DateTime StatusChangedUtc);
}
