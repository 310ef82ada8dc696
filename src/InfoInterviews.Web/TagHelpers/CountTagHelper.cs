using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InfoInterviews.Web.TagHelpers;

/// <summary>
/// <c>&lt;count n="3" one="logged touch" other="logged touches" /&gt;</c>: a number with its noun in
/// the right form ("no logged touches", "1 logged touch", "3 logged touches"). Every count shown in a
/// sentence goes through <see cref="Phrase"/>.
/// </summary>
[HtmlTargetElement("count", Attributes = "n,one", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CountTagHelper : TagHelper
{
    [HtmlAttributeName("n")]
    public int Count { get; set; }

    /// <summary>The noun for one thing.</summary>
    [HtmlAttributeName("one")]
    public string One { get; set; } = string.Empty;

    /// <summary>The noun for none or several; the singular with an "s" when left out.</summary>
    [HtmlAttributeName("other")]
    public string? Other { get; set; }

    public static string Phrase(int count, string one, string? other = null) => count switch
    {
        0 => $"no {other ?? one + "s"}",
        1 => $"1 {one}",
        _ => $"{count.ToString("N0", CultureInfo.InvariantCulture)} {other ?? one + "s"}",
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.Content.SetContent(Phrase(Count, One, Other));
    }
}
