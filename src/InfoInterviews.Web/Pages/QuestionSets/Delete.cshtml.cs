using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>Asks before deleting a question set; interviews keep the questions already copied onto them.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public View Set { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new View(s.Id, s.Name, s.Questions.Count))
            .FirstOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        Set = set;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        db.QuestionSets.Remove(set);
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(IndexModel.StatusMessage)] = $"“{set.Name}” was deleted.";
        return RedirectToPage("Index");
    }

    public sealed record View(int Id, string Name, int QuestionCount);
}
