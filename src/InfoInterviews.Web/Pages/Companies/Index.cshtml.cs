using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using InfoInterviews.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Companies;

/// <summary>
/// The target list, ranked by the LAMP method: Motivation, then Posting, then Advocacy (the user's
/// contacts there, counted in the database, never typed).
/// </summary>
public sealed class IndexModel(AppDbContext db, TextSearch search) : ListPageModel<IndexModel.CompanyRow>
{
    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(SearchPattern.TermMaxLength, ErrorMessage = "Search for at most {1} characters.")]
    [Display(Name = "Search")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    /// <summary>
    /// Whether the list is the whole target list in LAMP order, the only order in which a row's
    /// position is its rank.
    /// </summary>
    public bool IsRanked =>
        (Sort is null || string.Equals(Sort, "rank", StringComparison.OrdinalIgnoreCase)) && !Desc && string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Companies.AsNoTracking();
        if (ModelState.GetFieldValidationState("q") != ModelValidationState.Invalid && !string.IsNullOrWhiteSpace(Search))
        {
            var hits = search.Companies(SearchWords.Parse(Search)).Select(h => h.Id);
            query = query.Where(c => hits.Contains(c.Id));
        }

        Results = await Order(query.Select(CompanyRow.FromEntity)).ToPagedListAsync(PageNumber, cancellationToken: cancellationToken);
    }

    private IQueryable<CompanyRow> Order(IQueryable<CompanyRow> rows) => (Sort?.ToLowerInvariant(), Desc) switch
    {
        ("name", false) => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
        ("name", true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Id),
        ("motivation", false) => rows.OrderBy(r => r.Motivation).ThenBy(r => r.Name).ThenBy(r => r.Id),
        ("motivation", true) => rows.OrderByDescending(r => r.Motivation).ThenBy(r => r.Name).ThenBy(r => r.Id),
        ("posting", false) => rows.OrderBy(r => r.Posting).ThenBy(r => r.Name).ThenBy(r => r.Id),
        ("posting", true) => rows.OrderByDescending(r => r.Posting).ThenBy(r => r.Name).ThenBy(r => r.Id),
        ("advocacy", false) => rows.OrderBy(r => r.Advocacy).ThenBy(r => r.Name).ThenBy(r => r.Id),
        ("advocacy", true) => rows.OrderByDescending(r => r.Advocacy).ThenBy(r => r.Name).ThenBy(r => r.Id),
        (_, true) => rows.OrderBy(r => r.Motivation).ThenBy(r => r.Posting).ThenBy(r => r.Advocacy).ThenByDescending(r => r.Name).ThenBy(r => r.Id),
        _ => CompanyRow.InLampOrder(rows),
    };

    /// <summary>A company on the target list; a class with setters, so the database can sort on any column of it.</summary>
    public sealed class CompanyRow
    {
        public static readonly Expression<Func<Company, CompanyRow>> FromEntity = c => new CompanyRow
        {
            Id = c.Id,
            Name = c.Name,
            Industry = c.Industry,
            Location = c.Location,
            Motivation = c.Motivation,
            Posting = c.Posting,
            Advocacy = c.Contacts.Count(contact => !contact.IsArchived),
        };

        public int Id { get; init; }

        public string Name { get; init; } = string.Empty;

        public string? Industry { get; init; }

        public string? Location { get; init; }

        public int Motivation { get; init; }

        public int Posting { get; init; }

        public int Advocacy { get; init; }

        /// <summary>The LAMP rank: Motivation, then Posting, then Advocacy, highest first; the name breaks ties.</summary>
        public static IOrderedQueryable<CompanyRow> InLampOrder(IQueryable<CompanyRow> rows) =>
            rows.OrderByDescending(r => r.Motivation).ThenByDescending(r => r.Posting).ThenByDescending(r => r.Advocacy).ThenBy(r => r.Name).ThenBy(r => r.Id);
    }
}
