using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Markdown;

/// <summary>Renders posted Markdown as it will be shown, for the preview beside every notes field.</summary>
public sealed class PreviewModel(IMarkdownRenderer renderer) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (markdown?.Length > RenderedMarkdown.MaxLength)
        {
            return BadRequest($"Notes have at most {RenderedMarkdown.MaxLength} characters.");
        }

        return Content(RenderedMarkdown.Of(markdown, renderer)?.Html ?? string.Empty, "text/html; charset=utf-8");
    }
}
