using System.Text.Encodings.Web;
using Ganss.Xss;
using InfoInterviews.Web.Domain;
using Markdig;
using Markdig.Syntax;

namespace InfoInterviews.Web.Markdown;

/// <summary>
/// Turns the user's Markdown notes into safe HTML: raw HTML in the source is shown as text, and the
/// result is sanitized, so no script, event handler or <c>javascript:</c> link can reach the page.
/// Any stored text renders, in bounded time: text nested deeper than Markdig allows is shown as typed,
/// with a notice, and pipe tables are only read while a note has few enough pipes to parse quickly.
/// Headings move down <see cref="HeadingShift"/> levels, so a note's "#" sits under the page's own
/// h1 and h2 instead of outranking them.
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    /// <summary>How many levels a note's headings move down: "#" becomes h3 (and nothing below h6).</summary>
    public const int HeadingShift = 2;

    /// <summary>
    /// Markdig's pipe-table parser slows down steeply with the number of pipes (thousands of them take
    /// seconds); below this many, tables of any sensible size still render.
    /// </summary>
    public const int MaxTablePipes = 2_000;

    public const string TooDeepNotice = "This note is nested too deeply to format, so it is shown as typed.";

    private static readonly MarkdownPipeline Pipeline = Build(tables: true);

    private static readonly MarkdownPipeline PipelineWithoutTables = Build(tables: false);

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

    public string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = markdown.AsSpan().Count('|') > MaxTablePipes ? PipelineWithoutTables : Pipeline;
        try
        {
            return sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, pipeline));
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested deeper than its depth limit (quotes or lists inside one another).
            return $"<p class=\"text-muted small\">{TooDeepNotice}</p><pre class=\"markdown-as-typed\">{HtmlEncoder.Default.Encode(markdown)}</pre>";
        }
    }

    private static MarkdownPipeline Build(bool tables)
    {
        var builder = new MarkdownPipelineBuilder().UseAutoLinks();
        if (tables)
        {
            builder.UsePipeTables();
        }

        builder.DocumentProcessed += ShiftHeadings;
        return builder.UseTaskLists().UseEmphasisExtras().DisableHtml().Build();
    }

    private static void ShiftHeadings(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + HeadingShift, 6);
        }
    }
}
