namespace InfoInterviews.Web.Search;

/// <summary>
/// What a user typed into a search box, as the words every result must hold, each matched as the start of
/// a word. Nothing typed is ever search syntax: quotes, <c>*</c>, <c>-</c>, <c>:</c>, parentheses and
/// NEAR, AND or OR are plain text, and a word without a letter or digit is dropped, since the index
/// holds only letters and digits.
/// </summary>
public sealed class SearchWords
{
    /// <summary>More words than this are ignored: each one costs the query a condition.</summary>
    public const int MaxWords = 10;

    private SearchWords(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchWords Parse(string? text) => new(
        (text ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Any(char.IsLetterOrDigit))
            .Take(MaxWords)
            .ToList());

    /// <summary>
    /// An FTS5 query: each word a quoted string (its quotes doubled), so FTS5 reads none of its syntax, with
    /// <c>*</c> after it to match words that start with it; FTS5 requires all of them.
    /// </summary>
    public string ToFts5Query() =>
        string.Join(' ', Words.Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
}
