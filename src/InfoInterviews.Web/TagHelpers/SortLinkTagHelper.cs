using InfoInterviews.Web.Paging;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InfoInterviews.Web.TagHelpers;

/// <summary>
/// <c>&lt;a sort-by="name"&gt;Name&lt;/a&gt;</c>: a column header link that sorts the current list by that
/// key, toggling the direction when it already does, and keeps every other filter but the page (its number or cursor).
/// Lists read <c>sort</c> and <c>desc</c> from the query string. A score column sorts high first
/// (<c>sort-descending-first</c>): its first click shows the best, not the worst.
/// </summary>
[HtmlTargetElement("a", Attributes = "sort-by")]
public sealed class SortLinkTagHelper : TagHelper
{
    [HtmlAttributeName("sort-by")]
    public string SortBy { get; set; } = string.Empty;

    /// <summary>The key the list is sorted by when the query names none.</summary>
    [HtmlAttributeName("sort-default")]
    public string? DefaultSort { get; set; }

    [HtmlAttributeName("sort-descending-first")]
    public bool DescendingFirst { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var query = ViewContext.HttpContext.Request.Query;
        var current = query["sort"].FirstOrDefault() ?? DefaultSort;
        var descending = string.Equals(query["desc"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        var active = string.Equals(current, SortBy, StringComparison.OrdinalIgnoreCase);

        output.Attributes.SetAttribute("href", ListUrls.With(
            ViewContext.HttpContext.Request,
            ("sort", SortBy),
            ("desc", (active ? !descending : DescendingFirst) ? "true" : null),
            ("page", null),
            ("after", null),
            ("before", null)));
        if (active)
        {
            output.PostContent.AppendHtml(descending ? " <span aria-hidden=\"true\">▼</span><span class=\"visually-hidden\">(sorted descending)</span>" : " <span aria-hidden=\"true\">▲</span><span class=\"visually-hidden\">(sorted ascending)</span>");
        }
    }
}
