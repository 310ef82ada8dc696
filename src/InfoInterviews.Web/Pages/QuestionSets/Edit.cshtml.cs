using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>One question set: its name and purpose, and its questions to add, reword and reorder; or a copy of it.</summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    public const string NewQuestionField = "newQuestion";

    public const string ConflictMessage =
        "This set was changed after you opened it, so your changes were not saved. The form still shows what you typed: "
        + "save again to replace the other changes.";

    public const string RewordConflictMessage =
        "This question was changed after you opened it, so your wording was not saved. The box still shows what you typed: "
        + "save again to replace the other change.";

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The set's own fields; posted to <see cref="OnPostAsync"/>.</summary>
    public InputModel Input { get; private set; } = new();

    public int Id { get; private set; }

    public IReadOnlyList<QuestionRow> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = await db.QuestionSets.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                input.ApplyTo(set);
                var conflict = await db.SaveAtVersionAsync(set, input.Version, cancellationToken);
                if (conflict is null)
                {
                    StatusMessage = "The set was saved.";
                    return RedirectToPage(new { id });
                }

                if (!conflict.ShowOnForm(ModelState, input, ConflictMessage))
                {
                    return NotFound();
                }
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        return await ShowAsync(id, input, cancellationToken);
    }

    public Task<IActionResult> OnPostAddAsync(int id, [FromForm(Name = NewQuestionField)] string? text, CancellationToken cancellationToken) =>
        ChangeAsync(id, null, NewQuestionField, (set, _) => set.Add(text ?? string.Empty), "The question was added.", cancellationToken);

    /// <summary>
    /// Rewords one question, only if it is still at the version its box was read at; otherwise, or when
    /// the wording breaks a rule, the page comes back with the message beside the box and what was typed in it.
    /// </summary>
    public async Task<IActionResult> OnPostRewordAsync(int id, int questionId, string? text, Guid version, CancellationToken cancellationToken)
    {
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId && q.QuestionSetId == id, cancellationToken);
        if (question is null)
        {
            return NotFound();
        }

        var field = $"text-{questionId}";
        try
        {
            question.Reword(text ?? string.Empty);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(field, e.Message);
            return await ShowTypedAsync(id, new QuestionRow(questionId, text ?? string.Empty, version), cancellationToken);
        }

        var conflict = await db.SaveAtVersionAsync(question, version, cancellationToken);
        if (conflict is null)
        {
            StatusMessage = "The question was reworded.";
            return RedirectToPage(new { id });
        }

        if (conflict.CurrentVersion is not Guid current)
        {
            return NotFound();
        }

        ModelState.AddModelError(field, RewordConflictMessage);
        return await ShowTypedAsync(id, new QuestionRow(questionId, text ?? string.Empty, current), cancellationToken);
    }

    public Task<IActionResult> OnPostMoveAsync(int id, int questionId, int offset, CancellationToken cancellationToken) =>
        offset is -1 or 1
            ? ChangeAsync(id, questionId, string.Empty, (set, question) => set.Move(question!, offset), "The question was moved.", cancellationToken)
            : Task.FromResult<IActionResult>(BadRequest());

    public async Task<IActionResult> OnPostDuplicateAsync(int id, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.AsNoTracking().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        var copy = set.Duplicate(set.CopyName());
        db.QuestionSets.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"This is a copy of “{set.Name}”: change it as you like.";
        return RedirectToPage(new { id = copy.Id });
    }

    /// <summary>Applies one change to the set's questions and saves it, or shows the page with the rule it broke.</summary>
    private async Task<IActionResult> ChangeAsync(int id, int? questionId, string errorKey, Action<QuestionSet, Question?> change, string done, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var question = questionId is null ? null : set?.Questions.FirstOrDefault(q => q.Id == questionId);
        if (set is null || (questionId is not null && question is null))
        {
            return NotFound();
        }

        try
        {
            change(set, question);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(errorKey, e.Message);
            return await ShowCurrentAsync(id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowCurrentAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The page as it is now, with one question's box holding what the user typed.</summary>
    private async Task<IActionResult> ShowTypedAsync(int id, QuestionRow typed, CancellationToken cancellationToken)
    {
        var result = await ShowCurrentAsync(id, cancellationToken);
        Questions = Questions.Select(q => q.Id == typed.Id ? typed : q).ToList();
        return result;
    }

    private async Task<IActionResult> ShowAsync(int id, InputModel input, CancellationToken cancellationToken)
    {
        var result = await ShowCurrentAsync(id, cancellationToken);
        Input = input;
        return result;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new InputModel { Name = s.Name, Purpose = s.Purpose, Description = s.Description, Version = s.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            return false;
        }

        Id = id;
        Input = set;
        Questions = await db.Questions.AsNoTracking()
            .Where(q => q.QuestionSetId == id)
            .OrderBy(q => q.Position)
            .Select(q => new QuestionRow(q.Id, q.Text, q.Version))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record QuestionRow(int Id, string Text, Guid Version);

    public sealed class InputModel : QuestionSetFields, IVersionedInput
    {
        public Guid Version { get; set; }
    }
}
