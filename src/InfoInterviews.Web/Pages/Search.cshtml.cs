using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages;

/// <summary>
/// The top bar's search: the best contacts, companies and interviews for the words typed, each group
/// ranked and cut at <see cref="PerGroup"/> rows, with a link to the list filtered by the same words.
/// One query per group, whatever it finds.
/// </summary>
public sealed class SearchModel(AppDbContext db, TextSearch search) : PageModel
{
    public const int PerGroup = 5;

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(SearchPattern.TermMaxLength, ErrorMessage = "Search for at most {1} characters.")]
    [Display(Name = "Search")]
    public string? Query { get; set; }

    public bool HasWords { get; private set; }

    public Found<ContactHit> Contacts { get; private set; } = new([], false);

    public Found<CompanyHit> Companies { get; private set; } = new([], false);

    public Found<InterviewHit> Interviews { get; private set; } = new([], false);

    public bool FoundNothing => Contacts.Rows.Count == 0 && Companies.Rows.Count == 0 && Interviews.Rows.Count == 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var words = SearchWords.Parse(Query);
        HasWords = !words.IsEmpty && ModelState.GetFieldValidationState("q") != ModelValidationState.Invalid;
        if (!HasWords)
        {
            return;
        }

        Contacts = await FirstAsync(
            from hit in search.Contacts(words)
            join c in db.Contacts.AsNoTracking() on hit.Id equals c.Id
            orderby hit.Rank, c.FullName, c.Id
            select new ContactHit(c.Id, c.FullName, c.Role, c.Company == null ? null : c.Company.Name, c.IsArchived),
            cancellationToken);
        Companies = await FirstAsync(
            from hit in search.Companies(words)
            join co in db.Companies.AsNoTracking() on hit.Id equals co.Id
            orderby hit.Rank, co.Name, co.Id
            select new CompanyHit(co.Id, co.Name, co.Industry),
            cancellationToken);
        Interviews = await FirstAsync(
            from hit in search.Interviews(words)
            join r in db.InterviewRequests.AsNoTracking() on hit.Id equals r.Id
            orderby hit.Rank, r.ContactName, r.Id
            select new InterviewHit(r.Id, r.ContactName, r.Purpose, r.Status, r.Goal),
            cancellationToken);
    }

    private static async Task<Found<T>> FirstAsync<T>(IQueryable<T> ranked, CancellationToken cancellationToken)
    {
        var rows = await ranked.Take(PerGroup + 1).ToListAsync(cancellationToken);
        return new Found<T>(rows.Take(PerGroup).ToList(), rows.Count > PerGroup);
    }

    /// <summary>The first rows of a group, and whether the filtered list holds more.</summary>
    public sealed record Found<T>(IReadOnlyList<T> Rows, bool HasMore);

    public sealed record ContactHit(int Id, string FullName, string? Role, string? CompanyName, bool IsArchived)
    {
        public string? Job => Contact.JobOf(Role, CompanyName);
    }

    public sealed record CompanyHit(int Id, string Name, string? Industry);

    public sealed record InterviewHit(int Id, string ContactName, InterviewPurpose Purpose, InterviewStatus Status, string? Goal);
}
