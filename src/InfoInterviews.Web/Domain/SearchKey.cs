using System.Globalization;
using System.Text;

namespace InfoInterviews.Web.Domain;

/// <summary>
/// The form of a name or search term that the database compares. SQLite's <c>lower()</c> folds ASCII
/// only and neither database ignores accents, so the folding happens here, in .NET, and is stored:
/// "ÉCOLE", "école" and "Ecole" share one key, and so do "Яндекс" and "ЯНДЕКС".
/// </summary>
public static class SearchKey
{
    /// <summary>
    /// Compatibility-decomposes the text (so "ﬁ" is "fi" and "É" is "E" plus an accent), drops the
    /// accents, lower-cases without regard to the server's culture, and collapses runs of white space.
    /// A key never starts or ends with a space.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
