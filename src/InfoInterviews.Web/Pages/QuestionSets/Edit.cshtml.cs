using System.Globalization;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>One question set: its name and purpose, and its questions to add, reword, reorder and remove; or a copy of it.</summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    public const string NewQuestionField = "newQuestion";

    public const string ConflictMessage =
        "This set was changed after you opened it, so your changes were not saved. The form still shows what you typed: "
        + "save again to replace the other changes.";

    public const string QuestionsChangedMessage =
        "Questions were added to or removed from this set after you opened it, so your changes were not saved. "
        + "The form still shows what you typed, with the questions as they now are: save again to keep it.";

    public const string RewordConflictMessage =
        "This question was changed after you opened it, so your changes were not saved. The box still shows what you typed: "
        + "save again to replace the other change.";

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The set's own fields; posted to <see cref="OnPostAsync"/>.</summary>
    public InputModel Input { get; private set; } = new();

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// Saves everything the form holds: the set's fields, every question's wording, the questions' order,
    /// and the questions added or removed on the page (question-order.js adds and removes them in the form).
    /// </summary>
    public Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken) =>
        SaveAsync(id, input, null, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(int id, [FromForm(Name = NewQuestionField)] string? text, CancellationToken cancellationToken)
    {
        var set = await db.QuestionSets.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        try
        {
            set.Add(text ?? string.Empty);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(NewQuestionField, e.Message);
            return await ShowCurrentAsync(id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = "The question was added.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Moves one question a place up or down and saves the whole form with it, so that nothing typed
    /// before the move is lost; afterwards the page opens at the moved question's move button.
    /// (With JavaScript the page moves the question itself and this is not called.)
    /// </summary>
    public Task<IActionResult> OnPostMoveAsync(int id, int questionId, int offset, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken) =>
        SaveAsync(id, input, new QuestionMove(questionId, offset), cancellationToken);

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

    /// <summary>
    /// Applies the form to the set in one save: its fields at the version they were read at, each
    /// reworded question at its own version, the questions added and removed on the page, and the order
    /// the questions were posted in (after <paramref name="move"/>, when given). When anything is refused
    /// or changed meanwhile, nothing is saved and the form comes back, in the new order, with what was
    /// typed and each message beside its field.
    /// </summary>
    private async Task<IActionResult> SaveAsync(int id, InputModel input, QuestionMove? move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = await db.QuestionSets.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var moved = move is null ? null : set?.Questions.FirstOrDefault(q => q.Id == move.QuestionId);
        if (set is null || (move is not null && moved is null))
        {
            return NotFound();
        }

        if (move is { Offset: not (-1 or 1) })
        {
            return BadRequest();
        }

        // Every saved question comes back, removed or not, so that one added or removed elsewhere
        // meanwhile is noticed rather than dropped or brought back.
        var questions = set.Questions.ToDictionary(q => q.Id);
        var saved = input.Questions.Where(row => !row.IsNew).ToList();
        if (saved.Count != questions.Count || !saved.All(row => questions.ContainsKey(row.Id))
            || saved.DistinctBy(row => row.Id).Count() != questions.Count)
        {
            ModelState.AddModelError(string.Empty, QuestionsChangedMessage);
            return await ShowAsync(id, input, cancellationToken);
        }

        if (ModelState.IsValid)
        {
            ApplyFields(input, set);
        }

        var reworded = Reword(input, questions);
        set.Arrange(Apply(input, set, questions));
        if (move is not null)
        {
            set.Move(moved!, move.Offset);

            // Only a move without the script reorders the form: otherwise it already shows the order.
            input.Order(set.Ordered.Select(q => q.Id).ToList());
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, cancellationToken);
        }

        ExpectVersion(set, input.Version);
        foreach (var row in reworded)
        {
            ExpectVersion(questions[row.Id], row.Version);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictsAsync(id, input, reworded, cancellationToken);
        }

        if (move is null)
        {
            StatusMessage = "The set was saved.";
            return RedirectToPage(new { id });
        }

        StatusMessage = "The question was moved and the set saved.";
        return RedirectToPage(null, null, new { id }, MoveButtonAfter(set.Ordered.Select(q => q.Id).ToList(), move));
    }

    private void ApplyFields(InputModel input, QuestionSet set)
    {
        try
        {
            input.ApplyTo(set);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
    }

    /// <summary>
    /// Removes the questions removed on the page and adds those added there (one left empty adds
    /// nothing); returns the set's questions in the order the page shows them.
    /// </summary>
    private List<Question> Apply(InputModel input, QuestionSet set, Dictionary<int, Question> questions)
    {
        var order = new List<Question>();
        foreach (var row in input.Questions)
        {
            if (row.Removed)
            {
                if (!row.IsNew)
                {
                    set.Remove(questions[row.Id]);
                }
            }
            else if (!row.IsNew)
            {
                order.Add(questions[row.Id]);
            }
            else if (!string.IsNullOrWhiteSpace(row.Text))
            {
                try
                {
                    order.Add(set.Add(row.Text));
                }
                catch (DomainRuleException e)
                {
                    ModelState.AddModelError(TextField(row.FormKey), e.Message);
                }
            }
        }

        return order;
    }

    /// <summary>Rewords each question whose box holds new text; returns the rows that changed a wording.</summary>
    private List<QuestionInput> Reword(InputModel input, Dictionary<int, Question> questions)
    {
        var reworded = new List<QuestionInput>();
        foreach (var row in input.Questions.Where(row => !row.IsNew && !row.Removed))
        {
            var question = questions[row.Id];
            var before = question.Text;
            try
            {
                question.Reword(row.Text ?? string.Empty);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(TextField(row.Id), e.Message);
                continue;
            }

            if (question.Text != before)
            {
                reworded.Add(row);
            }
        }

        return reworded;
    }

    /// <summary>Makes the save go through only if the row is still at the version its form was read at.</summary>
    private void ExpectVersion(OwnedEntity entity, Guid readVersion)
    {
        var version = db.Entry(entity).Property(e => e.Version);
        version.OriginalValue = readVersion;
        version.IsModified = true;
    }

    /// <summary>After a save met newer changes: each one is shown on the form beside what it collided with.</summary>
    private async Task<IActionResult> ShowConflictsAsync(int id, InputModel input, List<QuestionInput> reworded, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var setVersion = await db.QuestionSets.AsNoTracking().Where(s => s.Id == id).Select(s => (Guid?)s.Version).SingleOrDefaultAsync(cancellationToken);
        var versions = await db.Questions.AsNoTracking().Where(q => q.QuestionSetId == id).ToDictionaryAsync(q => q.Id, q => q.Version, cancellationToken);
        if (setVersion != input.Version && !new SaveConflict(setVersion).ShowOnForm(ModelState, input, ConflictMessage))
        {
            return NotFound();
        }

        foreach (var row in reworded)
        {
            if (!versions.TryGetValue(row.Id, out var current))
            {
                ModelState.AddModelError(string.Empty, QuestionsChangedMessage);
            }
            else if (current != row.Version)
            {
                ModelState.AddModelError(TextField(row.Id), RewordConflictMessage);
                row.Version = current;
            }
        }

        if (ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, QuestionsChangedMessage);
        }

        return await ShowAsync(id, input, cancellationToken);
    }

    /// <summary>The moved question's button for the same direction, or the other one where the question reached an end.</summary>
    private static string MoveButtonAfter(List<int> order, QuestionMove move)
    {
        var index = order.IndexOf(move.QuestionId);
        var down = move.Offset > 0 ? index < order.Count - 1 : index == 0;
        return MoveButtonId(move.QuestionId, down);
    }

    private async Task<IActionResult> ShowCurrentAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>
    /// The page with the form as the user sent it, questions added and removed on the page included.
    /// Questions removed meanwhile elsewhere drop out, and questions added meanwhile join at the end, so
    /// that saving again keeps both.
    /// </summary>
    private async Task<IActionResult> ShowAsync(int id, InputModel input, CancellationToken cancellationToken)
    {
        var result = await ShowCurrentAsync(id, cancellationToken);
        var current = Input.Questions;
        var seen = new HashSet<int>();
        var typed = input.Questions.Where(row => row.IsNew || (current.Any(q => q.Id == row.Id) && seen.Add(row.Id))).ToList();
        input.Questions.Clear();
        foreach (var row in typed.Concat(current.Where(q => !seen.Contains(q.Id))))
        {
            input.Questions.Add(row);
        }

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
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.QuestionSetId == id)
            .OrderBy(q => q.Position)
            .Select(q => new QuestionInput { Id = q.Id, Text = q.Text, Version = q.Version })
            .ToListAsync(cancellationToken);
        foreach (var question in questions)
        {
            set.Questions.Add(question);
        }

        return true;
    }

    /// <summary>The key of a saved question's box, for its messages.</summary>
    public static string TextField(int questionId) => TextField(questionId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The key of the box of the question posted under <paramref name="formKey"/>.</summary>
    public static string TextField(string formKey) => $"Input.Questions[{formKey}].Text";

    /// <summary>The id of a question's move button; a move without JavaScript returns to it as the page's fragment.</summary>
    public static string MoveButtonId(int questionId, bool down) => MoveButtonId(questionId.ToString(CultureInfo.InvariantCulture), down);

    public static string MoveButtonId(string formKey, bool down) => $"move-{(down ? "down" : "up")}-{formKey}";

    /// <summary>What the page puts where a question added on it gets its own key (question-order.js replaces it).</summary>
    public const string NewKeyPlaceholder = "__key__";

    /// <summary>One question on the page: its place among those shown, and whether it is first or last.</summary>
    public sealed record QuestionRow(int SetId, QuestionInput Question, int Number, bool IsFirst, bool IsLast);

    private sealed record QuestionMove(int QuestionId, int Offset);

    /// <summary>
    /// The set's fields and its questions, in the order the page shows them. Each question is posted
    /// under its id (Questions.Index) rather than its place, so that moving one on the page needs no renaming.
    /// </summary>
    public sealed class InputModel : QuestionSetFields, IVersionedInput
    {
        public Guid Version { get; set; }

        public IList<QuestionInput> Questions { get; } = new List<QuestionInput>();

        /// <summary>Puts the rows in the order of the ids given.</summary>
        public void Order(IList<int> ids)
        {
            var ordered = Questions.OrderBy(row => ids.IndexOf(row.Id)).ToList();
            Questions.Clear();
            foreach (var row in ordered)
            {
                Questions.Add(row);
            }
        }
    }

    public sealed class QuestionInput
    {
        /// <summary>The saved question's id; 0 for a question added on the page.</summary>
        public int Id { get; set; }

        /// <summary>What a question added on the page is posted under, so that its message finds its box again.</summary>
        public string? Key { get; set; }

        public string? Text { get; set; }

        public Guid Version { get; set; }

        /// <summary>Removed on the page: the save deletes it.</summary>
        public bool Removed { get; set; }

        public bool IsNew => Id == 0;

        /// <summary>The key the question is posted under (Questions.Index).</summary>
        public string FormKey => IsNew ? Key ?? string.Empty : Id.ToString(CultureInfo.InvariantCulture);
    }
}
