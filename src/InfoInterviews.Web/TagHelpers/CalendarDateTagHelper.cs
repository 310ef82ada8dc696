using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InfoInterviews.Web.TagHelpers;

/// <summary>
/// <c>&lt;calendar-date value="@x" /&gt;</c>: a day (no time, so no time zone) as a <c>&lt;time&gt;</c>
/// element, written as <see cref="LocalTimeTagHelper"/> writes dates. Nothing when there is no day.
/// </summary>
[HtmlTargetElement("calendar-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CalendarDateTagHelper : TagHelper
{
    public const string Format = "d MMM yyyy";

    public DateOnly? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Value is not { } day)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Content.SetContent(day.ToString(Format, CultureInfo.GetCultureInfo("en-GB")));
    }
}
