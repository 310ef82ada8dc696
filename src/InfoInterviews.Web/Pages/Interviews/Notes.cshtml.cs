using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>
/// The answer to each question, which were asked, and free notes in Markdown: saved together. A save
/// over a newer change shows the conflict on the form and keeps what was typed.
/// </summary>
public sealed class NotesModel(AppDbContext db, IMarkdownRenderer markdown) : PageModel
{
    public static readonly string ConflictMessage = VersionedSave.FormConflictMessage("interview");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InterviewHeading Heading { get; private set; } = null!;

    /// <summary>The wording of each question, by its id, shown beside its answer.</summary>
    public IReadOnlyDictionary<int, string> QuestionTexts { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var current = await db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { Heading = new InterviewHeading(r.Id, r.ContactName, r.Status, "Notes"), r.Notes, r.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Heading = current.Heading;
        var questions = await db.InterviewQuestions.AsNoTracking()
            .Where(q => q.InterviewRequestId == id)
            .OrderBy(q => q.Position)
            .Select(q => new { q.Id, q.Text, q.Answer, q.WasAsked })
            .ToListAsync(cancellationToken);
        QuestionTexts = questions.ToDictionary(q => q.Id, q => q.Text);
        Input = new InputModel
        {
            Notes = current.Notes,
            Version = current.Version,
            Answers = questions.Select(q => new AnswerInput { QuestionId = q.Id, Answer = q.Answer, WasAsked = q.WasAsked }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var interview = await db.InterviewRequests.Include(r => r.Questions).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        var questions = interview.Questions.ToDictionary(q => q.Id);
        if (Input.Answers.Any(a => !questions.ContainsKey(a.QuestionId)))
        {
            return NotFound();
        }

        Heading = new InterviewHeading(id, interview.ContactName, interview.Status, "Notes");
        QuestionTexts = questions.ToDictionary(q => q.Key, q => q.Value.Text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        interview.WriteNotes(RenderedMarkdown.Of(Input.Notes, markdown));
        foreach (var answer in Input.Answers)
        {
            var question = questions[answer.QuestionId];
            question.Answer = string.IsNullOrWhiteSpace(answer.Answer) ? null : answer.Answer.Trim();
            question.WasAsked = answer.WasAsked;
        }

        var conflict = await db.SaveAtVersionAsync(interview, Input.Version, cancellationToken);
        if (conflict is null)
        {
            TempData[nameof(DetailsModel.StatusMessage)] = "Answers and notes saved.";
            return RedirectToPage("Details", new { id });
        }

        return conflict.ShowOnForm(ModelState, Input, ConflictMessage) ? Page() : NotFound();
    }

    public sealed class InputModel : IVersionedInput
    {
        [StringLength(InterviewRequest.NotesMaxLength, ErrorMessage = "Notes have at most {1} characters.")]
        [Display(Name = "Notes (Markdown)")]
        public string? Notes { get; set; }

        public List<AnswerInput> Answers { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed class AnswerInput
    {
        public int QuestionId { get; set; }

        [StringLength(InterviewQuestion.AnswerMaxLength, ErrorMessage = "An answer has at most {1} characters.")]
        [Display(Name = "Answer")]
        public string? Answer { get; set; }

        [Display(Name = "Asked")]
        public bool WasAsked { get; set; }
    }
}
