using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Contacts;

/// <summary>Tags as a person types them: comma separated, with stray spaces, repeats and any capitalisation.</summary>
public static class TagNames
{
    public const int MaxTagsPerContact = 20;

    /// <summary>
    /// The distinct tag names in the text, trimmed, in the order typed. Names with one
    /// <see cref="SearchKey"/> (differing only in case or accents) are one tag: the first spelling wins.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        var names = (text ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .DistinctBy(SearchKey.Fold)
            .ToList();

        var tooLong = names.FirstOrDefault(name => name.Length > Tag.NameMaxLength);
        if (tooLong is not null)
        {
            throw new DomainRuleException($"The tag \"{tooLong}\" is too long: a tag has at most {Tag.NameMaxLength} characters.");
        }

        if (names.Count > MaxTagsPerContact)
        {
            throw new DomainRuleException($"A contact has at most {MaxTagsPerContact} tags.");
        }

        return names;
    }

    /// <summary>Tags as the form shows them again.</summary>
    public static string Join(IEnumerable<string> names) => string.Join(", ", names);
}
