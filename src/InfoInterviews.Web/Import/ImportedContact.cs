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
    DateOnly? ConnectedOn);

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
