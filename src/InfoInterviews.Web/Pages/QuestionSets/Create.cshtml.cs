using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>A new question set, with its first questions written one per line.</summary>
public sealed class CreateModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        QuestionSet set;
        try
        {
            set = new QuestionSet(Input.Name, Input.Purpose!.Value);
            Input.ApplyTo(set);
            foreach (var line in (Input.Questions ?? string.Empty).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                set.Add(line);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        db.QuestionSets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(EditModel.StatusMessage)] = $"“{set.Name}” was created.";
        return RedirectToPage("Edit", new { id = set.Id });
    }

    public sealed class InputModel : QuestionSetFields
    {
        [StringLength(20_000, ErrorMessage = "That is a lot of questions: keep them under {1} characters in all.")]
        [Display(Name = "Questions, one per line")]
        public string? Questions { get; set; }
    }
}
