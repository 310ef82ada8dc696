using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace InfoInterviews.Web.Markdown;

/// <summary>
/// Turns the user's Markdown notes into safe HTML: raw HTML in the source is shown as text, and the
/// result is sanitized, so no script, event handler or <c>javascript:</c> link can reach the page.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    public MarkdownRenderer()
    {
        sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
    }

    public IHtmlContent Render(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? HtmlString.Empty
            : new HtmlString(sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline)));
}
