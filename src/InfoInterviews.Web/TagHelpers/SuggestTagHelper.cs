using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace InfoInterviews.Web.TagHelpers;

/// <summary>
/// <c>&lt;input suggest-page="/Companies/Suggest"&gt;</c>: a text field that takes a name and offers the
/// user's names as they type, from that page's JSON (site.js fills a datalist from <c>data-suggest</c>).
/// The page renders no list of every name, so it costs the same however many the user has; without
/// script the field is a plain text box, and the server finds the name typed.
/// </summary>
[HtmlTargetElement("input", Attributes = "suggest-page")]
public sealed class SuggestTagHelper(IUrlHelperFactory urls) : TagHelper
{
    [HtmlAttributeName("suggest-page")]
    public string SuggestPage { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.SetAttribute("data-suggest", urls.GetUrlHelper(ViewContext).Page(SuggestPage));
        output.Attributes.SetAttribute("autocomplete", "off");
    }
}
