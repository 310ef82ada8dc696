namespace InfoInterviews.Web.Search;

/// <summary>
/// A search term as a LIKE pattern that matches it anywhere, lower-cased. PostgreSQL's LIKE is
/// case-sensitive and SQLite's folds ASCII only, so a search compares <c>lower(column)</c> with this
/// pattern, which behaves the same on both databases and needs no extra column to keep in step.
/// </summary>
public static class SearchPattern
{
    /// <summary>The escape character to pass to <c>EF.Functions.Like</c> with the pattern.</summary>
    public const string Escape = "\\";

    public static string Containing(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var escaped = term.Trim().ToLowerInvariant()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
