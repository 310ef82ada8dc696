using InfoInterviews.Web.Markdown;
using Microsoft.AspNetCore.Html;

namespace InfoInterviews.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static string Render(string markdown)
    {
        using var writer = new StringWriter();
        new MarkdownRenderer().Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

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

    [Fact]
    public void Empty_notes_render_nothing()
    {
        Assert.Same(HtmlString.Empty, new MarkdownRenderer().Render("   "));
    }
}
