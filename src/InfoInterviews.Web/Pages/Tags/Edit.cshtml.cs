using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>Renames a tag on every contact that carries it.</summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string CurrentName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var name = await db.Tags.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        CurrentName = name;
        Input.Name = name;
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

        var lowered = Input.Name.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() runs in SQL as lower(), the same on both databases.
        if (await db.Tags.AnyAsync(t => t.Id != id && t.Name.ToLower() == lowered, cancellationToken))
#pragma warning restore CA1304, CA1311, CA1862
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", $"You already have a tag called \"{Input.Name.Trim()}\": merge the two instead.");
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

        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"The tag \"{CurrentName}\" is now \"{tag.Name}\".";
        return RedirectToPage("Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the tag's new name.")]
        [StringLength(Tag.NameMaxLength, ErrorMessage = "A tag name has at most {1} characters.")]
        [RegularExpression("^[^,]*$", ErrorMessage = "A tag name cannot contain a comma: commas separate tags.")]
        [Display(Name = "New name")]
        public string Name { get; set; } = string.Empty;
    }
}
