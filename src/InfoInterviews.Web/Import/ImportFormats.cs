namespace InfoInterviews.Web.Import;

/// <summary>The files an import takes, told apart by what they hold rather than by their names.</summary>
public static class ImportFormats
{
    /// <summary>Reads a vCard file or LinkedIn's Connections.csv; refuses anything else with a message.</summary>
    public static ImportReading Read(string text) =>
        VCardContactsReader.IsVCard(text) ? VCardContactsReader.Read(text) : ConnectionsCsvReader.Read(text);
}
