using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Companies;

/// <summary>Edits a company; a change saved meanwhile is never silently overwritten.</summary>
public sealed class EditModel(AppDbContext db, CompanyEditor editor) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("company");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        CompanyEditor.Fill(Input, company);
        Input.Version = company.Version;
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        Id = id;
        return await this.SaveAsync(
            Input,
            ConflictMessage,
            () => editor.ApplyAsync(company, Input, cancellationToken),
            () => SaveAsync(company, cancellationToken),
            () =>
            {
                StatusMessage = $"{company.Name} was saved.";
                return RedirectToPage("Details", new { id });
            },
            () => Task.FromResult(Page()));
    }

    private async Task<SaveConflict?> SaveAsync(Company company, CancellationToken cancellationToken)
    {
        try
        {
            return await db.SaveAtVersionAsync(company, Input.Version, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another request took this name between the lookup and the save.
            throw new DomainRuleException(CompanyEditor.NamesakeMessage(Input.Name.Trim()));
        }
    }

    public sealed class InputModel : CompanyInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
