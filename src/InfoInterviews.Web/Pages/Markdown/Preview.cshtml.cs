using InfoInterviews.Web.Markdown;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Markdown;

/// <summary>Renders posted Markdown as it will be shown, for the preview beside every notes field.</summary>
public sealed class PreviewModel(MarkdownRenderer renderer) : PageModel
{
    public const int MaxLength = 50_000;

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (markdown?.Length > MaxLength)
        {
            return BadRequest($"Notes are limited to {MaxLength} characters.");
        }

        using var writer = new StringWriter();
        renderer.Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return Content(writer.ToString(), "text/html; charset=utf-8");
    }
}
