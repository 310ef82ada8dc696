using System.Globalization;
using System.Text;

namespace InfoInterviews.Web.Export;

/// <summary>
/// One electronic business card: the fields a contact has, read from and written as vCard text
/// (RFC 6350 "4.0", RFC 2426 "3.0", and the "2.1" that phones still export, quoted-printable included).
/// Written cards are 3.0, the version that phones and mail clients all open.
/// </summary>
public sealed record VCard
{
    /// <summary>RFC 6350 3.2: a physical line holds at most 75 octets, not counting the line break.</summary>
    private const int MaxLineOctets = 75;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The name as shown (FN).</summary>
    public string? FormattedName { get; init; }

    /// <summary>N, first component.</summary>
    public string? FamilyName { get; init; }

    /// <summary>N, second component.</summary>
    public string? GivenName { get; init; }

    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>ORG, first component: the organisation's name without its units.</summary>
    public string? Organization { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Note { get; init; }

    /// <summary>The line on which the card begins in the text it was read from, for messages; 0 for a card not read.</summary>
    public int Line { get; init; }

    /// <summary>
    /// Reads every card of a vCard file. A card that cannot be read (a line that is no property, no
    /// END:VCARD, no name) is left out and named in <see cref="VCardFile.Problems"/> with its line; the
    /// other cards are still read. Text outside cards is one problem per run of lines.
    /// </summary>
    public static VCardFile Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cards = new List<VCard>();
        var problems = new List<VCardProblem>();
        CardBuilder? card = null;
        var outsideSince = 0;

        foreach (var (line, text) in LogicalLines(reader))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!TrySplit(text, out var name, out var parameters, out var value))
            {
                if (card is null)
                {
                    NoteOutside(line);
                }
                else
                {
                    card.Fail(line, $"\"{Shorten(text)}\" is not a property (a name, a colon, then a value).");
                }

                continue;
            }

            if (name == "BEGIN" && value.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (card is not null)
                {
                    problems.Add(new VCardProblem(card.Line, $"The card has no END:VCARD before the next card begins on line {line}."));
                }

                outsideSince = 0;
                card = new CardBuilder(line);
            }
            else if (name == "END" && value.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase) && card is not null)
            {
                if (card.Build() is { } built)
                {
                    cards.Add(built);
                }
                else
                {
                    problems.Add(card.Problem!);
                }

                card = null;
            }
            else if (card is null)
            {
                NoteOutside(line);
            }
            else
            {
                card.Add(name, parameters, value);
            }
        }

        if (card is not null)
        {
            problems.Add(new VCardProblem(card.Line, "The card has no END:VCARD: the file ends inside it."));
        }

        return new VCardFile(cards, problems);

        void NoteOutside(int line)
        {
            if (outsideSince == 0)
            {
                outsideSince = line;
                problems.Add(new VCardProblem(line, "This text is outside any card (BEGIN:VCARD … END:VCARD)."));
            }
        }
    }

    /// <summary>This card as vCard 3.0 text: UTF-8 characters, CRLF line breaks, lines folded at 75 octets.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        AppendLine(text, "BEGIN:VCARD");
        AppendLine(text, "VERSION:3.0");
        AppendLine(text, $"N:{Escape(FamilyName)};{Escape(GivenName)};;;");
        AppendLine(text, $"FN:{Escape(FormattedName ?? string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))))}");
        AppendIfAny(text, "ORG", Organization);
        AppendIfAny(text, "TITLE", Title);
        foreach (var email in Emails)
        {
            AppendIfAny(text, "EMAIL;TYPE=INTERNET", email);
        }

        foreach (var phone in Phones)
        {
            AppendIfAny(text, "TEL;TYPE=VOICE", phone);
        }

        AppendIfAny(text, "URL", Url);
        AppendIfAny(text, "NOTE", Note);
        AppendLine(text, "END:VCARD");
        return text.ToString();
    }

    private static void AppendIfAny(StringBuilder text, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            AppendLine(text, $"{property}:{Escape(value)}");
        }
    }

    /// <summary>Folds by octets, never inside a character: a continuation line starts with one space.</summary>
    private static void AppendLine(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxLineOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        text.Append("\r\n");
    }

    private static string Escape(string? value) =>
        (value ?? string.Empty)
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Joins folded lines (a line starting with a space or tab continues the one before, RFC 6350 3.2)
    /// and quoted-printable soft line breaks (a "2.1" value ending in "="), keeping each logical line's
    /// first line number.
    /// </summary>
    private static IEnumerable<(int Line, string Text)> LogicalLines(TextReader reader)
    {
        StringBuilder? current = null;
        var currentLine = 0;
        var number = 0;
        while (reader.ReadLine() is { } physical)
        {
            number++;
            if (number == 1)
            {
                physical = physical.TrimStart('\uFEFF');
            }

            if (current is not null && current.Length > 0 && current[^1] == '=' && IsQuotedPrintable(current))
            {
                current.Length--;
                current.Append(physical);
                continue;
            }

            if (current is not null && physical.Length > 0 && physical[0] is ' ' or '\t')
            {
                current.Append(physical, 1, physical.Length - 1);
                continue;
            }

            if (current is not null)
            {
                yield return (currentLine, current.ToString());
            }

            current = new StringBuilder(physical);
            currentLine = number;
        }

        if (current is not null)
        {
            yield return (currentLine, current.ToString());
        }
    }

    private static bool IsQuotedPrintable(StringBuilder line)
    {
        var text = line.ToString();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && text[..colon].Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Splits "group.NAME;param=value;param="quoted;value":value" at the first colon outside quotes.
    /// The group is dropped and the name upper-cased; parameters keep their upper-cased names.
    /// </summary>
    private static bool TrySplit(string text, out string name, out IReadOnlyList<(string Name, string Value)> parameters, out string value)
    {
        name = string.Empty;
        value = string.Empty;
        parameters = [];
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < text.Length && colon < 0; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ':' && !quoted)
            {
                colon = i;
            }
        }

        if (colon <= 0)
        {
            return false;
        }

        var parts = SplitOutsideQuotes(text[..colon], ';');
        var dot = parts[0].LastIndexOf('.');
        name = parts[0][(dot + 1)..].Trim().ToUpperInvariant();
        if (name.Length == 0)
        {
            return false;
        }

        parameters = [.. parts.Skip(1).Select(ParseParameter)];
        value = text[(colon + 1)..];
        return true;
    }

    private static (string Name, string Value) ParseParameter(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);

        // vCard 2.1 writes bare parameter values such as "QUOTED-PRINTABLE" or "HOME".
        return equals < 0
            ? (string.Empty, parameter.Trim().ToUpperInvariant())
            : (parameter[..equals].Trim().ToUpperInvariant(), parameter[(equals + 1)..].Trim().Trim('"'));
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == separator && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Splits a structured value (N, ORG) at semicolons that are not escaped, then unescapes each part.</summary>
    private static List<string> Components(string value)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == ';')
            {
                parts.Add(Unescape(value[start..i]));
                start = i + 1;
            }
        }

        parts.Add(Unescape(value[start..]));
        return parts;
    }

    /// <summary>
    /// RFC 6350 3.4: "\\", "\,", "\;" and "\n" (or "\N"). "\:" is unescaped too, as some writers
    /// escape the colon of a web address; any other backslash is kept as it is.
    /// </summary>
    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i == value.Length - 1)
            {
                text.Append(value[i]);
                continue;
            }

            var next = value[++i];
            text.Append(next switch
            {
                'n' or 'N' => "\n",
                '\\' or ',' or ';' or ':' => next.ToString(),
                _ => $"\\{next}",
            });
        }

        return text.ToString();
    }

    private static string DecodeQuotedPrintable(string value, string? charset)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length
                && byte.TryParse(value.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var octet))
            {
                bytes.Add(octet);
                i += 2;
            }
            else
            {
                bytes.AddRange(Utf8.GetBytes(value[i].ToString()));
            }
        }

        var encoding = charset is null ? Utf8 : EncodingOf(charset);
        return encoding.GetString([.. bytes]);
    }

    private static Encoding EncodingOf(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Utf8;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..40]}…";

    private sealed class CardBuilder(int line)
    {
        private readonly List<string> emails = [];
        private readonly List<string> phones = [];
        private readonly List<string> notes = [];
        private string? formattedName;
        private string? familyName;
        private string? givenName;
        private string? organization;
        private string? title;
        private string? url;

        public int Line { get; } = line;

        public VCardProblem? Problem { get; private set; }

        public void Fail(int atLine, string reason) => Problem ??= new VCardProblem(atLine, reason);

        public void Add(string name, IReadOnlyList<(string Name, string Value)> parameters, string raw)
        {
            var value = parameters.Any(p => p.Value.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
                ? DecodeQuotedPrintable(raw, parameters.FirstOrDefault(p => p.Name == "CHARSET").Value)
                : raw;
            switch (name)
            {
                case "FN":
                    formattedName ??= Text(Unescape(value));
                    break;
                case "N":
                    var parts = Components(value);
                    familyName ??= Text(parts[0]);
                    givenName ??= parts.Count > 1 ? Text(parts[1]) : null;
                    break;
                case "EMAIL":
                    AddText(emails, Unescape(value));
                    break;
                case "TEL":
                    AddText(phones, Unescape(value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? value[4..] : value));
                    break;
                case "ORG":
                    organization ??= Text(Components(value)[0]);
                    break;
                case "TITLE":
                    title ??= Text(Unescape(value));
                    break;
                case "URL":
                    url ??= Text(Unescape(value));
                    break;
                case "NOTE":
                    AddText(notes, Unescape(value));
                    break;
                default:
                    break;
            }
        }

        public VCard? Build()
        {
            if (Problem is null && formattedName is null && familyName is null && givenName is null)
            {
                Fail(Line, "The card has no name (FN or N).");
            }

            return Problem is not null ? null : new VCard
            {
                FormattedName = formattedName,
                FamilyName = familyName,
                GivenName = givenName,
                Emails = emails,
                Phones = phones,
                Organization = organization,
                Title = title,
                Url = url,
                Note = notes.Count == 0 ? null : string.Join("\n\n", notes),
                Line = Line,
            };
        }

        private static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        private static void AddText(List<string> values, string value)
        {
            if (Text(value) is { } text)
            {
                values.Add(text);
            }
        }
    }
}

/// <summary>The cards of a vCard file, and what could not be read, by line.</summary>
public sealed record VCardFile(IReadOnlyList<VCard> Cards, IReadOnlyList<VCardProblem> Problems);

/// <summary>A card or line that could not be read: where (1-based line) and why, in words for the user.</summary>
public sealed record VCardProblem(int Line, string Reason);
