using System.Globalization;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InfoInterviews.Web.TagHelpers;

/// <summary>
/// <c>&lt;local-time utc="@x" /&gt;</c>: a stored UTC instant as a <c>&lt;time&gt;</c> element in the
/// user's time zone. <c>format</c> is a .NET date format (default: day, date and time).
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper(UserClock clock) : TagHelper
{
    public const string DefaultFormat = "ddd d MMM yyyy, HH:mm";

    public DateTime? Utc { get; set; }

    public string Format { get; set; } = DefaultFormat;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Utc is null)
        {
            output.SuppressOutput();
            return;
        }

        var utc = DateTime.SpecifyKind(Utc.Value, DateTimeKind.Utc);
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        output.Content.SetContent(clock.ToLocal(utc).ToString(Format, CultureInfo.GetCultureInfo("en-GB")));
    }
}
