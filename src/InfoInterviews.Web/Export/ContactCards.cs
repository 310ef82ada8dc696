using System.Runtime.CompilerServices;
using System.Text;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Export;

/// <summary>Contacts as a vCard file: one contact, a filtered list, or all of them.</summary>
public static class ContactCards
{
    private const string ContentType = "text/vcard; charset=utf-8";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The contacts, in the order given, as a .vcf download.</summary>
    public static DownloadResult Download(IQueryable<Contact> contacts, string fileName) =>
        new(ContentType, fileName, async (stream, cancellationToken) =>
        {
            await using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
            await foreach (var card in CardsAsync(contacts, cancellationToken))
            {
                await writer.WriteAsync(card.ToText().AsMemory(), cancellationToken);
            }
        });

    /// <summary>A file name made of the contact's name, kept to letters, digits and dashes.</summary>
    public static string FileNameFor(string fullName)
    {
        var name = new string([.. fullName.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return $"{(name.Length == 0 ? "contact" : name)}.vcf";
    }

    private static async IAsyncEnumerable<VCard> CardsAsync(IQueryable<Contact> contacts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = contacts.AsNoTracking().Select(c => new
        {
            c.FullName,
            c.FirstName,
            c.LastName,
            c.Email,
            c.Phone,
            Company = c.Company == null ? null : c.Company.Name,
            c.Role,
            c.LinkedInUrl,
            c.Notes,
        });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new VCard
            {
                FormattedName = row.FullName,
                GivenName = row.FirstName,
                FamilyName = row.LastName,
                Emails = row.Email is null ? [] : [row.Email],
                Phones = row.Phone is null ? [] : [row.Phone],
                Organization = row.Company,
                Title = row.Role,
                Url = row.LinkedInUrl,
                Note = row.Notes,
            };
        }
    }
}
