using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Outreach;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Templates;

/// <summary>A template as written, and filled in for a sample contact: the example shows its hints or its merge-field errors.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public View Template { get; private set; } = null!;

    public MergeValues Sample { get; private set; } = null!;

    public OutreachMessage Example { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var template = await db.OutreachTemplates.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new View(t.Id, t.Name, t.Step, t.Subject, t.Body))
            .SingleOrDefaultAsync(cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        Template = template;
        Sample = MergeValues.Sample(OutreachMessage.MyName(User));
        Example = OutreachMessage.Fill(template.Subject, template.Body, Sample);
        return Page();
    }

    public sealed record View(int Id, string Name, OutreachStep Step, string? Subject, string Body);
}
