using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Companies;

/// <summary>Deletes a company; its contacts, interviews and opportunities are kept without it.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Consequences Company { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var consequences = await db.Companies.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new Consequences(
                c.Id,
                c.Name,
                c.Contacts.Count,
                db.InterviewRequests.Count(r => r.CompanyId == c.Id),
                db.Opportunities.Count(o => o.CompanyId == c.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        if (consequences is null)
        {
            return NotFound();
        }

        Company = consequences;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        db.Companies.Remove(company);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"{company.Name} was deleted.";
        return RedirectToPage("Index");
    }

    public sealed record Consequences(int Id, string Name, int Contacts, int Interviews, int Opportunities);
}
