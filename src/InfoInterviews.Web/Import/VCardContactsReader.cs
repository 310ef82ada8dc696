using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Export;

namespace InfoInterviews.Web.Import;

/// <summary>
/// Reads the people of a vCard file (one card or many, as phones and mail clients export them) for the
/// same preview and confirm as LinkedIn's export. A contact keeps one email and one phone, the first of
/// each; a web address that is not LinkedIn's is kept at the end of the notes. Pure: no database.
/// </summary>
public static class VCardContactsReader
{
    /// <summary>Whether the text is a vCard file rather than a CSV file: it starts with a card, so reading it gives a card or a problem.</summary>
    public static bool IsVCard(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart().StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
    }

    public static ImportReading Read(string text)
    {
        using var reader = new StringReader(text);
        var file = VCard.Read(reader);
        var contacts = new List<ImportedContact>();
        var unreadable = file.Problems.Select(p => new UnreadableRow(p.Line, p.Reason)).ToList();
        foreach (var card in file.Cards)
        {
            var contact = ContactOf(card);
            if (contact.Problem() is { } problem)
            {
                unreadable.Add(new UnreadableRow(card.Line, problem));
            }
            else
            {
                contacts.Add(contact);
            }
        }

        return new ImportReading(contacts, unreadable.OrderBy(r => r.Line).ToList());
    }

    private static ImportedContact ContactOf(VCard card)
    {
        var (firstName, lastName) = NameOf(card);
        var url = FormText.Tidy(card.Url);
        var isLinkedIn = url is not null && ImportedContact.IsWebAddress(url)
            && new Uri(url).Host.EndsWith("linkedin.com", StringComparison.OrdinalIgnoreCase);
        var notes = isLinkedIn || url is null
            ? card.Note
            : string.Join("\n\n", new[] { card.Note, $"Web: {url}" }.OfType<string>());
        return new ImportedContact(
            card.Line,
            firstName,
            lastName,
            FormText.Tidy(card.Emails.Count > 0 ? card.Emails[0] : null),
            isLinkedIn ? url : null,
            FormText.Tidy(card.Organization),
            FormText.Tidy(card.Title),
            null,
            FormText.Tidy(card.Phones.Count > 0 ? card.Phones[0] : null),
            string.IsNullOrWhiteSpace(notes) ? null : notes.Trim());
    }

    /// <summary>The structured name when the card has one; else the shown name, its first word as the first name.</summary>
    private static (string First, string? Last) NameOf(VCard card)
    {
        if (FormText.Tidy(card.GivenName) is { } given)
        {
            return (given, FormText.Tidy(card.FamilyName));
        }

        var shown = FormText.Tidy(card.FormattedName) ?? FormText.Tidy(card.FamilyName) ?? string.Empty;
        var space = shown.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (shown, null) : (shown[..space], shown[(space + 1)..]);
    }
}
