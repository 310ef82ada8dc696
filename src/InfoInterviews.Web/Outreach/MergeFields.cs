using System.Text;

namespace InfoInterviews.Web.Outreach;

/// <summary>What a template's merge fields are filled with for one contact.</summary>
public sealed record MergeValues(string FirstName, string? LastName, string? Company, string? Role, string MyName, string Connection)
{
    /// <summary>The person a template is shown for before it is written to anyone.</summary>
    public static MergeValues Sample(string myName) =>
        new("Alex", "Morgan", "Contoso", "Product manager", myName, "We met at the Contoso careers evening in May");

    internal string? Of(string field) => field switch
    {
        nameof(FirstName) => FirstName,
        nameof(LastName) => LastName,
        nameof(Company) => Company,
        nameof(Role) => Role,
        nameof(MyName) => MyName,
        nameof(Connection) => Connection,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a merge field."),
    };
}

/// <summary>
/// A template filled in: the text, the errors that keep it from being sent (a field that does not
/// exist, a stray brace), and the known fields that had nothing to fill them for this contact.
/// </summary>
public sealed record MergeResult(string Text, IReadOnlyList<string> Errors, IReadOnlyList<string> EmptyFields)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Fills <c>{FirstName}</c>, <c>{LastName}</c>, <c>{Company}</c>, <c>{Role}</c>, <c>{MyName}</c> and
/// <c>{Connection}</c> in a template. Any other brace is an error naming it, so that a message never
/// goes out with braces in it; <c>{{</c> and <c>}}</c> write a brace.
/// </summary>
public static class MergeFields
{
    /// <summary>How much of an unknown field's text an error quotes.</summary>
    private const int QuotedNameMaxLength = 40;

    public static IReadOnlyList<string> Names { get; } =
        [nameof(MergeValues.FirstName), nameof(MergeValues.LastName), nameof(MergeValues.Company), nameof(MergeValues.Role), nameof(MergeValues.MyName), nameof(MergeValues.Connection)];

    /// <summary>The fields as a template writes them, for help text and messages.</summary>
    public static string Listed => string.Join(", ", Names.Select(n => "{" + n + "}"));

    public static MergeResult Render(string? template, MergeValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        template ??= string.Empty;
        var text = new StringBuilder(template.Length);
        var errors = new List<string>();
        var empty = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            var doubled = i + 1 < template.Length && template[i + 1] == c;
            if (c is '{' or '}' && doubled)
            {
                text.Append(c);
                i++;
            }
            else if (c == '}')
            {
                errors.Add("A “}” closes no merge field: write “}}” for a brace.");
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                var nextOpen = template.IndexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                {
                    errors.Add("A “{” opens no merge field: close it with “}”, or write “{{” for a brace.");
                    continue;
                }

                var name = template[(i + 1)..close].Trim();
                var field = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                if (field is null)
                {
                    var quoted = name.Length > QuotedNameMaxLength ? name[..QuotedNameMaxLength] + "…" : name;
                    errors.Add($"{{{quoted}}} is not a merge field. The fields are {Listed}.");
                }
                else
                {
                    var value = values.Of(field);
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        empty.Add(field);
                    }
                    else
                    {
                        text.Append(value.Trim());
                    }
                }

                i = close;
            }
            else
            {
                text.Append(c);
            }
        }

        return new MergeResult(text.ToString(), errors.Distinct().ToList(), empty.Distinct().ToList());
    }
}
