using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>Asks before removing a question from a set; interviews keep the copies already made of it.</summary>
public sealed class RemoveQuestionModel(AppDbContext db) : PageModel
{
    public View Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        var question = await db.Questions.AsNoTracking()
            .Where(q => q.Id == questionId && q.QuestionSetId == id)
            .Select(q => new View(q.QuestionSetId, q.QuestionSet!.Name, q.Text))
            .FirstOrDefaultAsync(cancellationToken);
        if (question is null)
        {
            return NotFound();
        }

        Question = question;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var question = set?.Questions.FirstOrDefault(q => q.Id == questionId);
        if (set is null || question is null)
        {
            return NotFound();
        }

        set.Remove(question);
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(EditModel.StatusMessage)] = "The question was removed.";
        return RedirectToPage("Edit", new { id });
    }

    public sealed record View(int SetId, string SetName, string Text);
}
