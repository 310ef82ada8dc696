using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Opportunities;

/// <summary>Deletes an opportunity after asking; the contact, company and interview it came from stay.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Summary Opportunity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var summary = await db.Opportunities.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new Summary(o.Id, o.Title))
            .SingleOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Opportunity = summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }

        db.Opportunities.Remove(opportunity);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"{opportunity.Title} was deleted.";
        return RedirectToPage("Index");
    }

    public sealed record Summary(int Id, string Title);
}
