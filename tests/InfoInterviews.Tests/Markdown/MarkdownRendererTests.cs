using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;

namespace InfoInterviews.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static string Render(string markdown) => new MarkdownRenderer().ToHtml(markdown);

    [Fact]
    public void Links_and_emphasis_are_rendered()
    {
        var html = Render("See [the guide](https://example.org/guide) and **ask early**.");

        Assert.Contains("<a href=\"https://example.org/guide\" rel=\"nofollow noopener noreferrer\">the guide</a>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>ask early</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_and_scripts_are_shown_as_text_not_run()
    {
        var html = Render("Before <script>alert('x')</script> after <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Dangerous_link_schemes_are_removed(string markdown)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">", 130)]
    [InlineData("- ", 300)]
    [InlineData("* ", 1_000)]
    public void Text_nested_deeper_than_markdown_allows_is_shown_as_typed_with_a_notice(string marker, int depth)
    {
        var html = Render(string.Concat(Enumerable.Repeat(marker, depth)) + " <b>deep</b>");

        Assert.Contains(MarkdownRenderer.TooDeepNotice, html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;deep&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_sensible_size_is_rendered_as_a_table()
    {
        var html = Render("| Who | When |\n|---|---|\n| Ada | Monday |");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Ada</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("|")]
    [InlineData("| a ")]
    [InlineData("|\n")]
    public void A_note_with_more_pipes_than_tables_parse_quickly_is_rendered_as_text(string unit)
    {
        var note = "| Who | When |\n|---|---|\n" + string.Concat(Enumerable.Repeat(unit, MarkdownRenderer.MaxTablePipes));

        var html = Render(note);

        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
        Assert.Contains("| Who | When |", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_notes_are_stored_as_no_notes()
    {
        Assert.Null(RenderedMarkdown.Of("   ", new MarkdownRenderer()));
    }

    [Theory]
    [InlineData("# Top", "h3")]
    [InlineData("## Second", "h4")]
    [InlineData("Setext\n===", "h3")]
    [InlineData("#### Fourth", "h6")]
    [InlineData("###### Sixth", "h6")]
    public void Headings_sit_below_the_pages_own_h1_and_h2(string markdown, string tag)
    {
        var html = Render(markdown);

        Assert.StartsWith($"<{tag}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_takes_the_longest_notes_of_any_field()
    {
        Assert.Equal(RenderedMarkdown.MaxLength, new[] { Contact.NotesMaxLength, Company.NotesMaxLength, InterviewRequest.NotesMaxLength }.Max());
    }
}
