namespace InfoInterviews.Web.Search;

/// <summary>What every search box takes: the lists, the search page and the pickers search through <see cref="TextSearch"/>.</summary>
public static class SearchPattern
{
    /// <summary>The longest search term a list takes.</summary>
    public const int TermMaxLength = 200;
}
