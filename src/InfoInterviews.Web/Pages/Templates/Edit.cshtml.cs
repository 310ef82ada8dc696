using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Templates;

/// <summary>Edits a template; a change saved meanwhile is never silently overwritten.</summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("template");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var template = await db.OutreachTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        Input.Fill(template);
        Input.Version = template.Version;
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var template = await db.OutreachTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        Id = id;
        return await this.SaveAsync(
            Input,
            ConflictMessage,
            () =>
            {
                Input.ApplyTo(template);
                return Task.CompletedTask;
            },
            () => db.SaveAtVersionAsync(template, Input.Version, cancellationToken),
            () =>
            {
                StatusMessage = $"“{template.Name}” was saved.";
                return RedirectToPage("Details", new { id });
            },
            () => Task.FromResult(Page()));
    }

    public sealed class InputModel : TemplateInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
