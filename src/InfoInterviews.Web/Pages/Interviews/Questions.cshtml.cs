using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>
/// The questions of one interview: a question set's questions are copied on, so later edits of the set
/// never change this record, and questions can be added to this interview alone.
/// </summary>
public sealed class QuestionsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The form for a question of this interview alone; posted to <see cref="OnPostAddAsync"/>.</summary>
    public InputModel Input { get; private set; } = new();

    public InterviewHeading Heading { get; private set; } = null!;

    public IReadOnlyList<string> Questions { get; private set; } = [];

    public IReadOnlyList<SetOption> Sets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttachAsync(int id, int? questionSetId, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.Include(r => r.Questions).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var set = questionSetId is null
            ? null
            : await db.QuestionSets.AsNoTracking().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == questionSetId, cancellationToken);
        if (interview is null || set is null)
        {
            return NotFound();
        }

        interview.AddQuestions(set.Ordered.Select(q => q.Text));
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"“{set.Name}” added {CountTagHelper.Phrase(set.Questions.Count, "question")} to this interview.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddAsync(int id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var interview = await db.InterviewRequests.Include(r => r.Questions).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                interview.AddQuestions([input.Text]);
                await db.SaveChangesAsync(cancellationToken);
                StatusMessage = "Your question was added to this interview.";
                return RedirectToPage(new { id });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Text)}", e.Message);
            }
        }

        db.ChangeTracker.Clear();
        Input = input;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var heading = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new InterviewHeading(r.Id, r.ContactName, r.Status, "Questions"))
            .FirstOrDefaultAsync(cancellationToken);
        if (heading is null)
        {
            return false;
        }

        Heading = heading;
        Questions = await db.InterviewQuestions.AsNoTracking()
            .Where(q => q.InterviewRequestId == id)
            .OrderBy(q => q.Position)
            .Select(q => q.Text)
            .ToListAsync(cancellationToken);
        Sets = await db.QuestionSets.AsNoTracking()
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new SetOption(s.Id, s.Name, s.Questions.Count))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record SetOption(int Id, string Name, int QuestionCount)
    {
        public string Label => $"{Name} ({CountTagHelper.Phrase(QuestionCount, "question")})";
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Write the question you want to ask.")]
        [StringLength(InterviewQuestion.TextMaxLength, ErrorMessage = "Keep the question under {1} characters.")]
        [Display(Name = "Your own question")]
        public string Text { get; set; } = string.Empty;
    }
}
