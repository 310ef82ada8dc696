using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Opportunities;

/// <summary>One opportunity: what it is, how far it has gone, where it came from, its link and notes.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public View Opportunity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new View(
                o.Id,
                o.Title,
                o.Kind,
                o.Status,
                o.StatusChangedUtc,
                o.LearnedOn,
                o.ActBy,
                o.Url,
                o.NotesHtml,
                o.CompanyId,
                o.Company == null ? null : o.Company.Name,
                o.ContactId,
                o.Contact == null ? null : o.Contact.FullName,
                o.InterviewRequestId,
                o.InterviewRequest == null ? null : o.InterviewRequest.ContactName))
            .SingleOrDefaultAsync(cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }

        Opportunity = opportunity;
        return Page();
    }

    public sealed record View(
        int Id,
        string Title,
        OpportunityKind Kind,
        OpportunityStatus Status,
        DateTime StatusChangedUtc,
        DateOnly LearnedOn,
        DateOnly? ActBy,
        string? Url,
        string? NotesHtml,
        int? CompanyId,
        string? CompanyName,
        int? ContactId,
        string? ContactName,
        int? InterviewId,
        string? InterviewContactName);
}
