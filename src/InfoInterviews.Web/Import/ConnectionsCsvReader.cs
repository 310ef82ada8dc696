using System.Globalization;
using CsvHelper;
using InfoInterviews.Web.Contacts;

namespace InfoInterviews.Web.Import;

/// <summary>
/// Reads LinkedIn's <c>Connections.csv</c> export as it comes: a few lines of notes and a blank line
/// before the header, names and companies holding commas, quotes and accents, email mostly empty, and
/// dates such as <c>15 Mar 2024</c>. A row that cannot be read is reported with its line and why; the
/// others are read. Pure: no database.
/// </summary>
public static class ConnectionsCsvReader
{
    public const string NoHeaderMessage =
        "This file has no LinkedIn header (First Name, Last Name, URL, Email Address, Company, Position, Connected On). Upload the Connections.csv file from LinkedIn's data export.";

    private const string DateFormat = "d MMM yyyy";

    private const string MalformedMessage = "A quote is out of place, so its fields cannot be told apart.";

    private static readonly string[] Columns = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"];

    public static ImportReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Dictionary<string, int>? header = null;
        var contacts = new List<ImportedContact>();
        var unreadable = new List<UnreadableRow>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,

            // A line break ends a record, so one row with an unclosed quote cannot swallow the rows after it.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record =>
            {
                if (header is not null)
                {
                    unreadable.Add(new UnreadableRow((int)record.LineNumber, MalformedMessage));
                }
            },
        };
        using var csv = CsvReader.FromText(text, options);
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            if (header is null)
            {
                header = HeaderOf(fields);
                continue;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            switch (ReadRow((int)csv.LineNumber, fields, header))
            {
                case ImportedContact contact:
                    contacts.Add(contact);
                    break;
                case UnreadableRow row:
                    unreadable.Add(row);
                    break;
            }
        }

        return header is null
            ? throw new ImportFileException(NoHeaderMessage)
            : new ImportReading(contacts, unreadable.OrderBy(r => r.Line).ToList());
    }

    /// <summary>The column of each known name when these fields are LinkedIn's header; null for a line of notes.</summary>
    private static Dictionary<string, int>? HeaderOf(string[] fields)
    {
        var names = fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
        var columns = Columns
            .Select(column => (column, index: names.FindIndex(n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase))))
            .Where(c => c.index >= 0)
            .ToDictionary(c => c.column, c => c.index);
        return columns.ContainsKey("First Name") && columns.ContainsKey("Last Name") && columns.Count >= 3 ? columns : null;
    }

    private static object ReadRow(int line, string[] fields, Dictionary<string, int> header)
    {
        var expected = header.Values.Max() + 1;
        if (fields.Length < expected)
        {
            return new UnreadableRow(line, $"It has {fields.Length} fields; the header has {expected}.");
        }

        string? Field(string column) => header.TryGetValue(column, out var index) ? FormText.Tidy(fields[index]) : null;

        var firstName = Field("First Name");
        var lastName = Field("Last Name");
        var url = Field("URL");
        var email = Field("Email Address");
        var company = Field("Company");
        var role = Field("Position");
        var connectedOn = Field("Connected On");

        DateOnly? connected = null;
        if (connectedOn is not null)
        {
            if (!DateOnly.TryParseExact(connectedOn, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return new UnreadableRow(line, $"\"{connectedOn}\" is not a date like 15 Mar 2024.");
            }

            connected = date;
        }

        var contact = new ImportedContact(line, firstName ?? string.Empty, lastName, email, url, company, role, connected);
        return contact.Problem() is { } problem ? new UnreadableRow(line, problem) : contact;
    }
}
