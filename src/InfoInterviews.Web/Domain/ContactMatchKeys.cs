using System.Text;

namespace InfoInterviews.Web.Domain;

/// <summary>
/// The one home for "is this the same person". Two contacts are the same person when they share a
/// <see cref="Contact.LinkedInKey"/>, else an <see cref="Contact.EmailKey"/>, else a
/// <see cref="Contact.SearchKey"/> (the folded full name) at the same <see cref="Contact.CompanyId"/>.
/// A user has one company per folded name (the unique index on <see cref="Company.NameKey"/>), so the
/// company's id stands for its folded name and, unlike a copied name, stays right when the company is renamed.
/// The contact stores these keys and keeps them current, so imports and the duplicates list compare
/// indexed columns on both databases.
/// </summary>
public static class ContactMatchKeys
{
    /// <summary>An email address as it is compared: trimmed and lower-cased; null when blank.</summary>
    public static string? OfEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>
    /// A LinkedIn address as it is compared: without its scheme, "www.", query, fragment and trailing
    /// slashes, its %-escapes decoded (LinkedIn escapes accented letters that people type as they are),
    /// lower-cased; null when blank. "HTTPS://www.LinkedIn.com/in/José/?trk=x" becomes "linkedin.com/in/josé".
    /// </summary>
    public static string? OfLinkedInUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            text = text[(schemeEnd + 3)..];
        }

        var queryStart = text.IndexOfAny(['?', '#']);
        if (queryStart >= 0)
        {
            text = text[..queryStart];
        }

        text = Uri.UnescapeDataString(text).Normalize(NormalizationForm.FormC).ToLowerInvariant().TrimEnd('/');
        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        return text.Length == 0 ? null : text;
    }
}
