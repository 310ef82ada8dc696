using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Import;

/// <summary>A person read from an import file, tidied and checked against the contact's limits.</summary>
public sealed record ImportedContact(
    int Line,
    string FirstName,
    string? LastName,
    string? Email,
    string? LinkedInUrl,
    string? Company,
    string? Role,
    DateOnly? ConnectedOn,
    string? Phone = null,
    string? Notes = null)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    /// <summary>Why a contact cannot take these values (a field past its limit, an address that is none); null when it can.</summary>
    public string? Problem() =>
        (FirstName.Length == 0 ? "It has no first name." : null)
        ?? TooLong("first name", FirstName, Contact.NameMaxLength)
        ?? TooLong("last name", LastName, Contact.NameMaxLength)
        ?? TooLong("URL", LinkedInUrl, Contact.UrlMaxLength)
        ?? TooLong("email address", Email, Contact.EmailMaxLength)
        ?? TooLong("company", Company, Domain.Company.NameMaxLength)
        ?? TooLong("position", Role, Contact.RoleMaxLength)
        ?? TooLong("phone number", Phone, Contact.PhoneMaxLength)
        ?? TooLong("note", Notes, Contact.NotesMaxLength)
        ?? (LinkedInUrl is not null && !IsWebAddress(LinkedInUrl) ? $"The URL \"{LinkedInUrl}\" is not a web address." : null)
        ?? (Email is not null && !EmailFormat.IsValid(Email) ? $"The email address \"{Email}\" is not an email address." : null)
        ?? (Phone is not null && !Regex.IsMatch(Phone, Contact.PhonePattern) ? $"The phone number \"{Phone}\" has more than digits, spaces and + ( ) - . /." : null);

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? TooLong(string name, string? value, int maxLength) =>
        value?.Length > maxLength ? $"The {name} is longer than {maxLength} characters." : null;
}

/// <summary>A row of an import file that cannot be read, with why, for the preview.</summary>
public sealed record UnreadableRow(int Line, string Reason);

/// <summary>What an import file holds: the people it names and the rows it could not read.</summary>
public sealed record ImportReading(IReadOnlyList<ImportedContact> Contacts, IReadOnlyList<UnreadableRow> Unreadable);

/// <summary>The file as a whole cannot be imported (not text, no recognisable header); the message says why.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException()
    {
    }

    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
