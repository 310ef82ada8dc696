using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Export;
using InfoInterviews.Web.Paging;
using InfoInterviews.Web.Search;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>
/// The contact list: search, filters, sort and paging all run in the database, as one count (up to a
/// limit) and one page query per part of the sort; the filters sit on indexed columns (owner, archive
/// flag, last touch, company, tag), and each sort reads an index range from the row a page starts at
/// (docs/decisions/0018), so a page far down the list costs what the first does.
/// </summary>
public sealed class IndexModel(AppDbContext db, TextSearch search, NameLookup names, UserClock clock) : SeekListPageModel<IndexModel.ContactRow>
{
    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(SearchPattern.TermMaxLength, ErrorMessage = "Search for at most {1} characters.")]
    [Display(Name = "Search")]
    public string? Search { get; set; }

    /// <summary>A tag's name as typed (or its id, from a link); <see cref="TagFilter"/> is the tag it names.</summary>
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Tag")]
    public string? Tag { get; set; }

    /// <summary>A company's name as typed (or its id, from a link); <see cref="CompanyFilter"/> is the company it names.</summary>
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Company")]
    public string? Company { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Source")]
    public ContactSource? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Answers asks")]
    public Responsiveness? Responsiveness { get; set; }

    [BindProperty(SupportsGet = true, Name = "quiet")]
    [Range(1, 3650, ErrorMessage = "Enter a number of days from {1} to {2}.")]
    [Display(Name = "No touch in (days)")]
    public int? QuietDays { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Include archived contacts")]
    public bool Archived { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public NamedChoice? TagFilter { get; private set; }

    public NamedChoice? CompanyFilter { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || TagFilter is not null || CompanyFilter is not null || Source is not null || QuietDays is not null
        || Responsiveness is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ResolveFiltersAsync(cancellationToken);
        var query = Filter(db.Contacts.AsNoTracking());
        Results = await query.ToSeekListAsync(
            Seek,
            SeekFrom(Desc),
            c => new ContactRow(
                c.Id,
                c.FirstName,
                c.LastName,
                c.Role,
                c.CompanyId,
                c.Company == null ? null : c.Company.Name,
                c.LastTouchUtc,
                c.NextFollowUpUtc,
                c.IsArchived),
            StaleCursor,
            cancellationToken);
    }

    /// <summary>The contacts the list shows, whatever page, as one vCard file.</summary>
    public async Task<DownloadResult> OnGetVCardAsync(CancellationToken cancellationToken)
    {
        await ResolveFiltersAsync(cancellationToken);
        return ContactCards.Download(Seek.Sort(Filter(db.Contacts), Desc), "contacts.vcf");
    }

    /// <summary>
    /// A filter that does not validate, or names a tag or company the user does not have, is left out,
    /// and its message shown; the list still answers.
    /// </summary>
    private async Task ResolveFiltersAsync(CancellationToken cancellationToken)
    {
        TagFilter = await names.TagFilterAsync(Tag, ModelState, "tag", cancellationToken);
        CompanyFilter = await names.CompanyFilterAsync(Company, ModelState, "company", cancellationToken);

        if (ModelState.GetFieldValidationState("q") == ModelValidationState.Invalid)
        {
            Search = null;
        }

        if (ModelState.GetFieldValidationState("quiet") == ModelValidationState.Invalid)
        {
            QuietDays = null;
        }
    }

    private IQueryable<Contact> Filter(IQueryable<Contact> query)
    {
        if (!Archived)
        {
            query = query.Active();
        }

        if (TagFilter?.Id is int tagId)
        {
            query = query.Where(c => c.Tags.Any(t => t.TagId == tagId));
        }

        if (CompanyFilter?.Id is int companyId)
        {
            query = query.Where(c => c.CompanyId == companyId);
        }

        if (Source is ContactSource source)
        {
            query = query.Where(c => c.Source == source);
        }

        if (Responsiveness is { } responsiveness)
        {
            query = query.WithResponsiveness(responsiveness, clock.UtcNow);
        }

        if (QuietDays is int days)
        {
            var since = clock.UtcNow.AddDays(-days);
            query = query.Where(c => c.LastTouchUtc == null || c.LastTouchUtc < since);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            // The search runs once, as a subquery over the index, and the filters and sort above apply as usual.
            var hits = search.Contacts(SearchWords.Parse(Search)).Select(h => h.Id);
            query = query.Where(c => hits.Contains(c.Id));
        }

        return query;
    }

    /// <summary>The sort as parts of the list that follow one another (<see cref="Orders"/>).</summary>
    private SeekOrder<Contact> Seek => Orders.GetValueOrDefault(Sort?.ToLowerInvariant() ?? "name") ?? Orders["name"];

    /// <summary>
    /// Each sort, ascending: where a sort column can be empty, the contacts without it are a part of their own
    /// (after the others, but for the last touch, where never touched is the oldest), ordered by a key that
    /// never is. Each part is an index range: the name and touch indexes end in the id, and the company sort
    /// walks the companies by name and each one's contacts by name (<c>ContactConfiguration</c>).
    /// </summary>
    private static readonly Dictionary<string, SeekOrder<Contact>> Orders = new SeekOrder<Contact>[]
    {
        new(
            "name",
            new SeekPart<Contact>(c => c.LastName != null, c => c.LastName, c => c.FirstName, c => c.Id),
            new SeekPart<Contact>(c => c.LastName == null, c => c.FirstName, c => c.Id)),
        new(
            "company",
            // Comparing the company's name (never empty) rather than testing the id lets SQLite and PostgreSQL
            // turn the join into an inner one and read the companies first, in name order. The comparison
            // runs in SQL, in the database's order for names, as the sort does.
#pragma warning disable CA1309
            new SeekPart<Contact>(c => string.Compare(c.Company!.Name, string.Empty) >= 0, c => c.Company!.Name, c => c.CompanyId, c => c.FullName, c => c.Id),
#pragma warning restore CA1309
            new SeekPart<Contact>(c => c.CompanyId == null, c => c.FullName, c => c.Id)),
        new(
            "lasttouch",
            new SeekPart<Contact>(c => c.LastTouchUtc == null, c => c.Id),
            new SeekPart<Contact>(c => c.LastTouchUtc != null, c => c.LastTouchUtc, c => c.Id)),
        new(
            "nextfollowup",
            new SeekPart<Contact>(c => c.NextFollowUpUtc != null, c => c.NextFollowUpUtc, c => c.Id),
            new SeekPart<Contact>(c => c.NextFollowUpUtc == null, c => c.Id)),
    }.ToDictionary(o => o.Name);

    public sealed record ContactRow(
        int Id,
        string FirstName,
        string? LastName,
        string? Role,
        int? CompanyId,
        string? CompanyName,
        DateTime? LastTouchUtc,
        DateTime? NextFollowUpUtc,
        bool IsArchived)
    {
        public string FullName => Contact.FullNameOf(FirstName, LastName);
    }
}
