using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>Edits a contact; a change saved by someone else meanwhile is never silently overwritten.</summary>
public sealed class EditModel(AppDbContext db, ContactEditor editor) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("contact");

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
        var contact = await editor.LoadAsync(id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        return await this.SaveAsync(
            Input,
            ConflictMessage,
            () => editor.ApplyAsync(contact, Input, cancellationToken),
            () => editor.SaveAsync(contact, token => db.SaveAtVersionAsync(contact, Input.Version, token), cancellationToken),
            () =>
            {
                StatusMessage = $"{contact.FullName} was saved.";
                return RedirectToPage("Details", new { id });
            },
            () => ShowAsync(id, cancellationToken));
    }

    private async Task<PageResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        return Page();
    }

    public sealed class InputModel : ContactInput, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
