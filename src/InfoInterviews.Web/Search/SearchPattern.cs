using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Search;

/// <summary>
/// A search term as a LIKE pattern that matches it anywhere. Columns with a stored
/// <see cref="SearchKey"/> are compared with <see cref="Containing"/>, folded the same way, so case and
/// accents never matter on either database. Free text without a key (role, email, notes) is compared
/// as <c>lower(column)</c> with <see cref="LoweredContaining"/>: PostgreSQL's LIKE is case-sensitive
/// and SQLite's folds ASCII only, and <c>lower()</c> is the closest both databases share.
/// </summary>
public static class SearchPattern
{
    /// <summary>The escape character to pass to <c>EF.Functions.Like</c> with the pattern.</summary>
    public const string Escape = "\\";

    /// <summary>The longest search term a list takes.</summary>
    public const int TermMaxLength = 200;

    /// <summary>The pattern for a key column: the term folded by <see cref="SearchKey.Fold"/>.</summary>
    public static string Containing(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Wrap(SearchKey.Fold(term));
    }

    /// <summary>The pattern for <c>lower(column)</c>: the term trimmed and lower-cased.</summary>
    public static string LoweredContaining(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Wrap(term.Trim().ToLowerInvariant());
    }

    private static string Wrap(string text) =>
        "%" + text
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
