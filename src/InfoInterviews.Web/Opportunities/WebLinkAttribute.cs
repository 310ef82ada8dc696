using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Opportunities;

/// <summary>A field that takes an http or https address (the rule is <see cref="Opportunity.IsWebLink"/>); blank passes.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebLinkAttribute : ValidationAttribute
{
    public WebLinkAttribute()
        : base(Opportunity.LinkMessage)
    {
    }

    public override bool IsValid(object? value) =>
        value is null || (value is string text && (string.IsNullOrWhiteSpace(text) || Opportunity.IsWebLink(text.Trim())));
}
