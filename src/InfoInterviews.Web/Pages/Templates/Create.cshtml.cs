using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Templates;

/// <summary>A new outreach template; it opens with an example filled in, or the errors in its merge fields.</summary>
public sealed class CreateModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet(OutreachStep? step)
    {
        Input.Step = step;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        OutreachTemplate template;
        try
        {
            template = Input.Build();
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        db.OutreachTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"“{template.Name}” was created.";
        return RedirectToPage("Details", new { id = template.Id });
    }
}
