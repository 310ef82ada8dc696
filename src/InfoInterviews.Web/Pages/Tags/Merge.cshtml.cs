using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>Merges one tag into another: its contacts get the other tag, and it is deleted.</summary>
public sealed class MergeModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public TagRow Source { get; private set; } = null!;

    public IReadOnlyList<TagRow> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var target = Targets.FirstOrDefault(t => t.Id == Input.TargetId);
        if (target is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TargetId)}", "Choose one of your other tags to merge into.");
            return Page();
        }

        var source = await db.Tags.Include(t => t.Contacts).SingleAsync(t => t.Id == id, cancellationToken);
        var alreadyTagged = await db.ContactTags.Where(ct => ct.TagId == target.Id).Select(ct => ct.ContactId).ToListAsync(cancellationToken);
        foreach (var link in source.Contacts.Where(link => !alreadyTagged.Contains(link.ContactId)))
        {
            db.ContactTags.Add(new() { ContactId = link.ContactId, TagId = target.Id });
        }

        db.Tags.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"\"{Source.Name}\" was merged into \"{target.Name}\".";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var tags = await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TagRow(t.Id, t.Name, t.Contacts.Count))
            .ToListAsync(cancellationToken);
        var source = tags.FirstOrDefault(t => t.Id == id);
        if (source is null)
        {
            return false;
        }

        Source = source;
        Targets = tags.Where(t => t.Id != id).ToList();
        return true;
    }

    public sealed record TagRow(int Id, string Name, int Contacts);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the tag to merge into.")]
        [Display(Name = "Merge into")]
        public int? TargetId { get; set; }
    }
}
