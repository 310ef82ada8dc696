using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using InfoInterviews.Web.Opportunities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Opportunities;

/// <summary>Edits an opportunity; a change saved meanwhile is shown on the form, never silently overwritten.</summary>
public sealed class EditModel(AppDbContext db, OpportunityEditor editor) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("opportunity");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await editor.ReadAsync<InputModel>(id, cancellationToken) is not var (input, version))
        {
            return NotFound();
        }

        Input = input;
        Input.Version = version;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }

        return await this.SaveAsync(
            Input,
            ConflictMessage,
            () => editor.ApplyAsync(opportunity, Input, cancellationToken),
            () => editor.SaveAsync(opportunity, token => db.SaveAtVersionAsync(opportunity, Input.Version, token), cancellationToken),
            () =>
            {
                StatusMessage = $"{opportunity.Title} was saved.";
                return RedirectToPage("Details", new { id });
            },
            () => ShowAsync(id, cancellationToken));
    }

    private async Task<PageResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        return Page();
    }

    public sealed class InputModel : OpportunityInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
