using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>Deletes a tag and takes it off every contact; the contacts stay.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public TagRow Tag { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Id == id).Select(t => new TagRow(t.Id, t.Name, t.Contacts.Count)).SingleOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        Tag = tag;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        db.Tags.Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"The tag \"{tag.Name}\" was deleted.";
        return RedirectToPage("Index");
    }

    public sealed record TagRow(int Id, string Name, int Contacts);
}
