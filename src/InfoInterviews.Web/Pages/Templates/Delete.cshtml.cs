using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Templates;

/// <summary>Asks before deleting a template; messages already sent and the touches logged for them stay.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public View Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var template = await db.OutreachTemplates.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new View(t.Id, t.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        Template = template;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var template = await db.OutreachTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        db.OutreachTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"“{template.Name}” was deleted.";
        return RedirectToPage("Index");
    }

    public sealed record View(int Id, string Name);
}
