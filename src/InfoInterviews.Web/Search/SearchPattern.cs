using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Search;

/// <summary>
/// A search term as a LIKE pattern that matches it anywhere in a column with a stored
/// <see cref="SearchKey"/>, folded the same way, so case and accents never matter on either database.
/// Only small pickers search this way (a contact to interview); the lists and the search page use the
/// full-text index through <see cref="TextSearch"/>.
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

    private static string Wrap(string text) =>
        "%" + text
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
