using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>Reads the mail the app kept in its outbox folder, as a developer would.</summary>
public static partial class Outbox
{
    /// <summary>The path and query of the link in the newest message to <paramref name="email"/> whose subject contains <paramref name="subject"/>.</summary>
    public static string LinkIn(AppFactory factory, string email, string subject) => UrlIn(factory, email, subject).PathAndQuery;

    /// <summary>The whole link, origin included, in the newest message to <paramref name="email"/> whose subject contains <paramref name="subject"/>.</summary>
    public static Uri UrlIn(AppFactory factory, string email, string subject)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var message = Directory.GetFiles(factory.OutboxDirectory, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Last(m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal));
        var href = Href().Match(message.HtmlBody ?? string.Empty).Groups["url"].Value;
        return new Uri(WebUtility.HtmlDecode(href));
    }

    /// <summary>Every message kept for <paramref name="email"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MessagesTo(AppFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Directory.Exists(factory.OutboxDirectory)
            ? Directory.GetFiles(factory.OutboxDirectory, "*.eml")
                .Order(StringComparer.Ordinal)
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(a => a.Address == email))
                .ToList()
            : [];
    }

    [GeneratedRegex("href=['\"](?<url>[^'\"]+)['\"]")]
    private static partial Regex Href();
}
