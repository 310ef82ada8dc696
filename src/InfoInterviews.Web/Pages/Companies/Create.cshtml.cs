using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Companies;

public sealed class CreateModel(AppDbContext db, CompanyEditor editor, UserClock clock) : PageModel
{
    [BindProperty]
    public CompanyInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var company = new Company(Input.Name, clock.UtcNow);
            await editor.ApplyAsync(company, Input, cancellationToken);
            db.Companies.Add(company);
            await db.SaveChangesAsync(cancellationToken);
            StatusMessage = $"{company.Name} was added to your target list.";
            return RedirectToPage("Details", new { id = company.Id });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another request added a company of this name between the lookup and the save.
            ModelState.AddModelError(string.Empty, CompanyEditor.NamesakeMessage(Input.Name.Trim()));
            return Page();
        }
    }
}
