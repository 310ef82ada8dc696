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
/// never change this record; questions can be added to this interview alone, reordered and removed,
/// and an answer stays with its question.
/// </summary>
public sealed class QuestionsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The form for a question of this interview alone; posted to <see cref="OnPostAddAsync"/>.</summary>
    public InputModel Input { get; private set; } = new();

    public InterviewHeading Heading { get; private set; } = null!;

    public IReadOnlyList<QuestionRow> Questions { get; private set; } = [];

    public IReadOnlyList<SetOption> Sets { get; private set; } = [];

    /// <summary>The set offered first: the first one made for this interview's purpose.</summary>
    public int? SuggestedSetId { get; private set; }

    /// <summary>An answered question the user asked to remove, shown for confirmation.</summary>
    public QuestionRow? Removing { get; private set; }

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

        var added = interview.AddQuestions(set.Ordered.Select(q => q.Text));
        await db.SaveChangesAsync(cancellationToken);
        var skipped = set.Questions.Count - added;
        StatusMessage = (added, skipped) switch
        {
            (0, _) => $"Every question of “{set.Name}” is already on this interview: nothing was added.",
            (_, 0) => $"{CountTagHelper.Phrase(added, "question")} of “{set.Name}” added to this interview.",
            _ => $"{CountTagHelper.Phrase(added, "question")} of “{set.Name}” added; {CountTagHelper.Phrase(skipped, "question")} already on this interview {(skipped == 1 ? "was" : "were")} not added again.",
        };
        return RedirectToPage(new { id });
    }

    /// <summary>Moves a question one place up (-1) or down (+1); its answer goes with it.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, int questionId, int offset, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.Include(r => r.Questions).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var question = interview?.Questions.FirstOrDefault(q => q.Id == questionId);
        if (interview is null || question is null)
        {
            return NotFound();
        }

        interview.MoveQuestion(question, Math.Sign(offset));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(null, null, new { id }, $"question-{questionId}");
    }

    /// <summary>Removes a question; one that has an answer is removed only once the user confirms.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, int questionId, bool confirmed, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.Include(r => r.Questions).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var question = interview?.Questions.FirstOrDefault(q => q.Id == questionId);
        if (interview is null || question is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(question.Answer) && !confirmed)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Removing = Questions.First(q => q.Id == questionId);
            return Page();
        }

        interview.RemoveQuestion(question);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = string.IsNullOrWhiteSpace(question.Answer) ? "The question was removed." : "The question and its answer were removed.";
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
        var interview = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { Heading = new InterviewHeading(r.Id, r.ContactName, r.Status, "Questions"), r.Purpose })
            .FirstOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return false;
        }

        Heading = interview.Heading;
        Questions = await db.InterviewQuestions.AsNoTracking()
            .Where(q => q.InterviewRequestId == id)
            .OrderBy(q => q.Position)
            .Select(q => new QuestionRow(q.Id, q.Text, q.Answer != null && q.Answer != string.Empty))
            .ToListAsync(cancellationToken);
        Sets = await db.QuestionSets.AsNoTracking()
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new SetOption(s.Id, s.Name, s.Purpose, s.Questions.Count))
            .ToListAsync(cancellationToken);
        SuggestedSetId = Sets.FirstOrDefault(s => s.Purpose == interview.Purpose)?.Id;
        return true;
    }

    public sealed record QuestionRow(int Id, string Text, bool HasAnswer);

    public sealed record SetOption(int Id, string Name, InterviewPurpose Purpose, int QuestionCount)
    {
        public string Label => $"{Name} ({CountTagHelper.Phrase(QuestionCount, "question")})";
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Write the question you want to ask.")]
        [StringLength(InterviewQuestion.TextMaxLength, ErrorMessage = "A question has at most {1} characters.")]
        [Display(Name = "Your own question")]
        public string Text { get; set; } = string.Empty;
    }
}
