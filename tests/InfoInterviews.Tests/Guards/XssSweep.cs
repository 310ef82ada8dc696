using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Guards;

/// <summary>
/// Types script into every field of every form of the app, as a user could, and finds any of it
/// live in a page: a script, an event handler, a script URL, or an element it injected.
/// </summary>
public static class XssSweep
{
    /// <summary>Each calls alert() or leaves an element no page of the app has; each fits a tag name (50 characters).</summary>
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>alert('xss1')</script>",
        "\"><img src=x onerror=alert(2)>",
        "' onmouseover='alert(3)' x='",
        "\" autofocus onfocus=\"alert(4)",
        "javascript:alert(5)",
        "</textarea><svg onload=alert(6)>",
        "[x](javascript:alert(7))",
        "<a href=\"javascript:alert(8)\">x</a>",
        "<iframe src=javascript:alert(9)>",
        "\"><xss-probe xss-probe>",
        "<details open ontoggle=alert(11)>",
        "![x](x\"onerror=\"alert(12))",
        "[x](jav&#x09;ascript:alert(13))",
        "<javascript:alert(14)>",
        "<math><style><img src=x onerror=alert(15)>",
    ];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"];

    private static readonly string[] ForeignElements = ["iframe", "frame", "object", "embed", "base", "applet", "xss-probe"];

    private static readonly string[] TypedInputs = ["text", "search", "email", "url", "tel"];

    /// <summary>Messages for the whole form, as a validation summary renders them in either mode.</summary>
    private const string SummaryMessages = ".validation-summary-errors li";

    /// <summary>Field rules are checked before rules checked on saving, so a form may refuse in more than one step.</summary>
    private const int MaxAttempts = 4;

    /// <summary>What of a typed payload is live in the page, one line each; none when the page is safe.</summary>
    public static IReadOnlyList<string> LiveParts(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && (element.GetAttribute("src") is not { Length: > 0 } src || !src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal) || element.TextContent.Trim().Length > 0))
            {
                found.Add($"a script that is not one of the app's files: {Describe(element)}");
            }

            if (ForeignElements.Contains(name) || element.HasAttribute("xss-probe"))
            {
                found.Add($"an injected element: {Describe(element)}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "srcdoc")
                {
                    found.Add($"an event handler or inline document ({attribute.Name}): {Describe(element)}");
                }
                else if (UrlAttributes.Contains(attribute.Name) && IsScriptUrl(attribute.Value))
                {
                    found.Add($"a script URL in {attribute.Name}: {Describe(element)}");
                }
                else if (attribute.Name == "style" && (attribute.Value.Contains("expression(", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"script in a style: {Describe(element)}");
                }
            }
        }

        return found;
    }

    /// <summary>The fields of a form a user types text into (not hidden, not a date, a number or a password).</summary>
    public static IReadOnlyList<string> TypedFields(IHtmlFormElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Elements
            .Where(e => e switch
            {
                IHtmlInputElement input => TypedInputs.Contains(input.Type) && !input.IsReadOnly && !input.IsDisabled,
                IHtmlTextAreaElement area => !area.IsReadOnly && !area.IsDisabled,
                _ => false,
            })
            .Select(e => e.GetAttribute("name"))
            .OfType<string>()
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Fills every typed field of every form on every page (ids filled with the user's own rows) with
    /// a payload, and submits it. Returns every page that may show what was typed, and what was live in
    /// any page answered on the way.
    /// </summary>
    public static async Task<Sweep> SaveEverywhereAsync(AppClient client, Workspace user, IReadOnlyList<AppPage> pages, Func<int, string> payloadFor)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(payloadFor);
        var sweep = new Sweep();
        foreach (var page in pages)
        {
            var get = page.Handlers.FirstOrDefault(h => !h.IsPost && h.Name is null) ?? new PageHandler("Get", null, []);
            var url = page.Url(get, user.ValuesFor(page, page.RouteParameters));
            sweep.Shown.Add(url);
            // Forms as the page first showed them: a save may add forms (a new question brings its own),
            // which are not typed into again.
            List<string>? keys = null;
            for (var formIndex = 0; keys is null || formIndex < keys.Count; formIndex++)
            {
                // Read afresh before each form: a save before it may have changed the row and its version.
                using var response = await client.Http.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    break;
                }

                var current = await AppClient.ReadPageAsync(response);
                var forms = TypedForms(current);
                keys ??= forms.Keys.ToList();
                if (formIndex < keys.Count && forms.TryGetValue(keys[formIndex], out var form))
                {
                    await SubmitAsync(client, current, form, page, payloadFor, sweep);
                }
            }
        }

        return sweep;
    }

    /// <summary>The forms with typed fields, each under its action, id and place among forms of the same two.</summary>
    private static Dictionary<string, IHtmlFormElement> TypedForms(HtmlPage page) =>
        page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Where(f => TypedFields(f).Count > 0)
            .GroupBy(f => $"{f.GetAttribute("action")} {f.Id}")
            .SelectMany(g => g.Select((form, i) => (Key: $"{g.Key} {i}", Form: form)))
            .ToDictionary(f => f.Key, f => f.Form, StringComparer.Ordinal);

    private static async Task SubmitAsync(AppClient client, HtmlPage page, IHtmlFormElement form, AppPage appPage, Func<int, string> payloadFor, Sweep sweep)
    {
        var typed = TypedFields(form);
        // Fields of a list (a hidden index per row) repeat a name; only typed fields, whose names are unique, are restored.
        var original = AppClient.ReadFields(form).GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        // A number after each payload keeps names unique, so that no form refuses a name it already has.
        var values = typed.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => $"{payloadFor(f.i)} {++sweep.Typed}", StringComparer.Ordinal);
        var action = new Uri(page.Url, form.GetAttribute("action") ?? page.Url.PathAndQuery);
        var what = $"{appPage} form {form.Id ?? action.PathAndQuery}";

        var why = string.Empty;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var fields = Filled(form, values);
            if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
            {
                var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
                sweep.Shown.Add($"{action.AbsolutePath}?{query}");
                return;
            }

            using var content = new FormUrlEncodedContent(fields);
            using var response = await client.Http.PostAsync(action, content);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                sweep.Shown.Add(response.Headers.Location!.OriginalString);
                return;
            }

            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                sweep.Problems.Add($"{what} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
                return;
            }

            var answered = await AppClient.ReadPageAsync(response, response.StatusCode);
            sweep.Problems.AddRange(LiveParts(answered.Document).Select(p => $"{what}, refused and shown again: {p}"));
            var refused = values.Where(v => IsRefused(answered.Document, v.Key, v.Value)).Select(v => v.Key).ToList();
            why = string.Join(" ", answered.Document.QuerySelectorAll($"{SummaryMessages}, [data-valmsg-for]")
                .Select(m => m.TextContent.Trim()).Where(m => m.Length > 0));
            if (refused.Count == 0)
            {
                break;
            }

            // A field that refuses the payload as typed gets it in the shape it expects, and then its old value.
            foreach (var name in refused)
            {
                var type = (form.Elements.FirstOrDefault(e => e.GetAttribute("name") == name) as IHtmlInputElement)?.Type;
                var payload = payloadFor(typed.ToList().IndexOf(name));
                values[name] = attempt == 1 && type == "email" ? $"x{payload.Replace("@", string.Empty, StringComparison.Ordinal)}@example.com"
                    : attempt == 1 && type == "url" ? $"https://example.com/{payload}"
                    : original.GetValueOrDefault(name, string.Empty);
            }
        }

        sweep.Unsaved.Add($"{what}: {(why.Length == 0 ? "answered without saving and without a message" : why)}");
    }

    private static List<KeyValuePair<string, string>> Filled(IHtmlFormElement form, Dictionary<string, string> values)
    {
        var fields = AppClient.ReadFields(form);
        fields.RemoveAll(f => values.ContainsKey(f.Key));
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));

        // A required choice left on its empty option takes the first real one, as a user would choose.
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => s.Name is { Length: > 0 } && string.IsNullOrEmpty(s.Value)))
        {
            if (select.Options.FirstOrDefault(o => !string.IsNullOrEmpty(o.Value)) is { } option)
            {
                fields.RemoveAll(f => f.Key == select.Name);
                fields.Add(new(select.Name!, option.Value));
            }
        }

        if (form.QuerySelectorAll("button[name]").OfType<IHtmlButtonElement>().FirstOrDefault(b => b.Type == "submit") is { } button)
        {
            fields.Add(new(button.Name!, button.Value));
        }

        return fields;
    }

    /// <summary>
    /// Whether the page refuses what was typed into the field: a validation message for the field, as the
    /// validation tag helpers render it, or a message for the whole form that quotes the value (a rule
    /// checked on saving, such as "introduced by" naming one of the user's contacts).
    /// </summary>
    private static bool IsRefused(IDocument document, string name, string value) =>
        document.QuerySelectorAll("[data-valmsg-for]").Any(m => m.GetAttribute("data-valmsg-for") == name && m.TextContent.Trim().Length > 0)
        || document.QuerySelectorAll(".input-validation-error").Any(e => e.GetAttribute("name") == name)
        || (value.Trim().Length > 0 && document.QuerySelectorAll(SummaryMessages)
            .Any(m => m.TextContent.Contains($"\"{string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries))}\"", StringComparison.Ordinal)));

    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal) || squeezed.StartsWith("vbscript:", StringComparison.Ordinal) || squeezed.StartsWith("data:text/html", StringComparison.Ordinal);
    }

    private static string Describe(IElement element)
    {
        var html = element.OuterHtml;
        return html.Length > 300 ? html[..300] + "…" : html;
    }

    /// <summary>What one sweep did: pages that may show the payloads, what was live on the way, and forms that saved nothing.</summary>
    public sealed class Sweep
    {
        public HashSet<string> Shown { get; } = new(StringComparer.Ordinal);

        public List<string> Problems { get; } = [];

        public List<string> Unsaved { get; } = [];

        public int Typed { get; set; }
    }
}
