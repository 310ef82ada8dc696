namespace InfoInterviews.Web.Domain;

/// <summary>Turns Markdown into sanitized HTML that a page may show as it is.</summary>
public interface IMarkdownRenderer
{
    string ToHtml(string markdown);
}

/// <summary>
/// Markdown as the user typed it and the sanitized HTML it renders to. Entities store both, so pages
/// show the HTML without rendering on every view. See docs/decisions/0006-rendered-notes-stored.md.
/// </summary>
public sealed record RenderedMarkdown(string Markdown, string Html)
{
    /// <summary>The longest Markdown any notes field takes (the preview accepts this much).</summary>
    public const int MaxLength = InterviewRequest.NotesMaxLength;

    /// <summary>The text rendered, or null when nothing was typed, so that blank notes are stored as none.</summary>
    public static RenderedMarkdown? Of(string? markdown, IMarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return string.IsNullOrWhiteSpace(markdown) ? null : new RenderedMarkdown(markdown, renderer.ToHtml(markdown));
    }
}
