using System.Security.Claims;
using InfoInterviews.Web.Accounts;

namespace InfoInterviews.Web.Outreach;

/// <summary>
/// A template filled in for one person: the subject and body, what keeps it from being sent, the
/// fields that were empty for them, and the hints on the body.
/// </summary>
public sealed record OutreachMessage(string? Subject, string Body, IReadOnlyList<string> Errors, IReadOnlyList<string> EmptyFields, IReadOnlyList<OutreachHint> Hints)
{
    public bool CanSend => Errors.Count == 0;

    public static OutreachMessage Fill(string? subject, string body, MergeValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var filledSubject = MergeFields.Render(subject, values);
        var filledBody = MergeFields.Render(body, values);
        var errors = filledSubject.Errors.Concat(filledBody.Errors).Distinct().ToList();
        return new OutreachMessage(
            subject is null ? null : filledSubject.Text,
            filledBody.Text,
            errors,
            filledSubject.EmptyFields.Concat(filledBody.EmptyFields).Distinct().ToList(),
            errors.Count == 0 ? OutreachHints.For(filledBody.Text, values.Connection) : []);
    }

    /// <summary>The name a message is signed with: the user's display name.</summary>
    public static string MyName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(AppClaimTypes.DisplayName) ?? string.Empty;
    }

    /// <summary>A <c>mailto:</c> link that opens the user's mail program with this message, line breaks as mail writes them.</summary>
    public string MailtoLink(string? email)
    {
        var fields = new List<string>();
        if (Subject is not null)
        {
            fields.Add("subject=" + Uri.EscapeDataString(Subject));
        }

        fields.Add("body=" + Uri.EscapeDataString(Body.ReplaceLineEndings("\r\n")));
        return "mailto:" + Uri.EscapeDataString(email ?? string.Empty).Replace("%40", "@", StringComparison.Ordinal) + "?" + string.Join('&', fields);
    }
}
