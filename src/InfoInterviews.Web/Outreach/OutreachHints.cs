using System.Text.RegularExpressions;

namespace InfoInterviews.Web.Outreach;

public enum OutreachHintKind
{
    TooLong,
    AsksForJob,
    NoQuestion,
    ConnectionNotFirst,
}

public sealed record OutreachHint(OutreachHintKind Kind, string Message);

/// <summary>
/// Checks a filled-in message against the five-point guidance for asking for an informational
/// interview: under a hundred words, the connection first, no request for a job, and a question as
/// the ask. The hints advise; they never stop a message being sent.
/// </summary>
public static partial class OutreachHints
{
    public const int MaxWords = 100;

    /// <summary>A salutation line ("Hi Alex," or "Dear Alex!") is at most this many words.</summary>
    private const int SalutationMaxWords = 6;

    public static IReadOnlyList<OutreachHint> For(string body, string connection)
    {
        ArgumentNullException.ThrowIfNull(body);
        var hints = new List<OutreachHint>();
        var words = WordCount(body);
        if (words > MaxWords)
        {
            hints.Add(new(OutreachHintKind.TooLong, $"It has {words} words: keep it under {MaxWords}, so it is read to the end."));
        }

        var jobWords = JobWord().Matches(body).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        if (jobWords.Count > 0)
        {
            hints.Add(new(OutreachHintKind.AsksForJob,
                $"It mentions {string.Join(" and ", jobWords.Select(w => $"“{w}”"))}: ask for their insight, not for a job, or it reads as an application."));
        }

        if (!body.Contains('?', StringComparison.Ordinal))
        {
            hints.Add(new(OutreachHintKind.NoQuestion, "It asks no question: make the ask a question they can answer with a yes."));
        }

        if (string.IsNullOrWhiteSpace(connection) || !FirstSentence(body).Contains(Squeeze(connection), StringComparison.OrdinalIgnoreCase))
        {
            hints.Add(new(OutreachHintKind.ConnectionNotFirst, "Say how you know them in the first sentence: a name or place they recognise is why they read on."));
        }

        return hints;
    }

    public static int WordCount(string text) =>
        Whitespace().Split(text ?? string.Empty).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The first sentence after the salutation, its white space made single spaces.</summary>
    public static string FirstSentence(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.TrimStart();
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd >= 0)
        {
            var firstLine = text[..firstLineEnd].TrimEnd();
            if (WordCount(firstLine) <= SalutationMaxWords && (firstLine.EndsWith(',') || Greeting().IsMatch(firstLine)))
            {
                text = text[(firstLineEnd + 1)..].TrimStart();
            }
        }

        var end = SentenceEnd().Match(text + " ");
        return Squeeze(end.Success ? text[..(end.Index + 1)] : text);
    }

    private static string Squeeze(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"[.!?](?=\s)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(jobs?|positions?|openings?|hiring|resumes?|résumés?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobWord();
}
