using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>Renames a tag on every contact that carries it; a rename saved meanwhile is never silently overwritten.</summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    public const string ConflictMessage =
        "This tag was renamed after you opened it, so your name was not saved. The form still shows what you typed: "
        + "save again to replace the other name.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string CurrentName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Name, t.Version }).SingleOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        CurrentName = tag.Name;
        Input.Name = tag.Name;
        Input.Version = tag.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        CurrentName = tag.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = SearchKey.Fold(Input.Name);
        if (await db.Tags.AnyAsync(t => t.Id != id && t.NameKey == key, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", TakenMessage(Input.Name));
            return Page();
        }

        try
        {
            tag.Rename(Input.Name);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", e.Message);
            return Page();
        }

        SaveConflict? conflict;
        try
        {
            conflict = await db.SaveAtVersionAsync(tag, Input.Version, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another request gave a tag this name between the check above and the save.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", TakenMessage(Input.Name));
            return Page();
        }

        if (conflict is null)
        {
            StatusMessage = $"The tag \"{CurrentName}\" is now \"{tag.Name}\".";
            return RedirectToPage("Index");
        }

        if (!conflict.ShowOnForm(ModelState, Input, ConflictMessage))
        {
            return NotFound();
        }

        CurrentName = await db.Tags.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).SingleAsync(cancellationToken);
        return Page();
    }

    private static string TakenMessage(string name) => $"You already have a tag called \"{name.Trim()}\": merge the two instead.";

    public sealed class InputModel : IVersionedInput
    {
        [Required(ErrorMessage = "Enter the tag's new name.")]
        [StringLength(Tag.NameMaxLength, ErrorMessage = "A tag name has at most {1} characters.")]
        [RegularExpression("^[^,]*$", ErrorMessage = "A tag name cannot contain a comma: commas separate tags.")]
        [Display(Name = "New name")]
        public string Name { get; set; } = string.Empty;

        public Guid Version { get; set; }
    }
}
