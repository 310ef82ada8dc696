using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>A page as a browser got it: where it came from and its parsed HTML.</summary>
public sealed record HtmlPage(Uri Url, IDocument Document)
{
    public string Text => Document.Body?.TextContent ?? string.Empty;

    public IElement Find(string selector) =>
        Document.QuerySelector(selector) ?? throw new InvalidOperationException($"No '{selector}' on {Url}.");
}

/// <summary>
/// Drives the app as a browser would: cookies kept, redirects seen one by one, and forms submitted
/// as rendered, antiforgery token included.
/// </summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http => http;

    public async Task<HtmlPage> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.GetAsync(url);
        return await ReadPageAsync(response, expected);
    }

    /// <summary>Follows a redirect the app answered with and reads the page it leads to.</summary>
    public async Task<HtmlPage> FollowAsync(HttpResponseMessage redirect, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        Assert.True(redirect.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect, got {(int)redirect.StatusCode}: {await redirect.Content.ReadAsStringAsync()}");
        return await GetPageAsync(redirect.Headers.Location!.ToString(), expected);
    }

    public static async Task<HtmlPage> ReadPageAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"Expected {(int)expected} from {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode}: {html}");
        var url = response.RequestMessage!.RequestUri!;
        var document = await Parser.OpenAsync(request => request.Content(html).Address(url));
        return new HtmlPage(url, document);
    }

    /// <summary>The id a redirect names right after <paramref name="prefix"/>, as in <c>/Interviews/42/Questions</c>.</summary>
    public static int IdFrom(HttpResponseMessage redirect, string prefix = "/Interviews/")
    {
        ArgumentNullException.ThrowIfNull(redirect);
        var location = redirect.Headers.Location?.OriginalString ?? throw new InvalidOperationException("Not a redirect.");
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return int.Parse(location[prefix.Length..].Split('/', '?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Submits a form on the page with the values it was rendered with, changed by <paramref name="values"/>
    /// (a null value removes the field, as an unchecked box would).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        HtmlPage page,
        string formSelector,
        IReadOnlyDictionary<string, string?>? values = null,
        string? submitButtonSelector = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Find(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"'{formSelector}' is not a form.");
        var fields = ReadFields(form);
        if (submitButtonSelector is not null && page.Find(submitButtonSelector) is IHtmlButtonElement { Name: { Length: > 0 } buttonName } button)
        {
            fields.Add(new(buttonName, button.Value));
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var action = submitButtonSelector is not null && page.Find(submitButtonSelector).GetAttribute("formaction") is { } formAction
            ? new Uri(page.Url, formAction)
            : new Uri(page.Url, form.GetAttribute("action") ?? page.Url.PathAndQuery);
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(action, content);
    }

    /// <summary>Submits a form that uploads a file, as a browser does: multipart, with the form's other fields as rendered.</summary>
    public async Task<HttpResponseMessage> UploadAsync(HtmlPage page, string formSelector, string fileField, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Find(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"'{formSelector}' is not a form.");
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in ReadFields(form).Where(f => f.Key != fileField))
        {
            body.Add(new StringContent(value), name);
        }

        body.Add(new ByteArrayContent(content), fileField, fileName);
        return await http.PostAsync(new Uri(page.Url, form.GetAttribute("action") ?? page.Url.PathAndQuery), body);
    }

    /// <summary>
    /// Posts fields straight to a URL, with a valid antiforgery token of the signed-in user:
    /// a hand-made request, as to post another user's id or a status move the page does not offer.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var token = await TokenAsync();
        using var content = new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token)));
        return await http.PostAsync(url, content);
    }

    /// <summary>
    /// A valid antiforgery token of the signed-in user, as every form of theirs carries. It is read from
    /// the sign-out form of the help page, which has the layout but reads nothing, rather than from the
    /// dashboard, whose figures a test posting a form has no use for.
    /// </summary>
    public async Task<string> TokenAsync()
    {
        var help = await GetPageAsync("/Help");
        return help.Find("#logoutForm input[name='__RequestVerificationToken']").GetAttribute("value")!;
    }

    /// <summary>The fields a browser would send for the form as rendered (checked boxes only, first option when none is selected).</summary>
    public static List<KeyValuePair<string, string>> ReadFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(name, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "image" or "reset"))
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    var selected = select.Options.Where(o => o.IsSelected).Select(o => o.Value).ToList();
                    if (selected.Count == 0 && select.Options.Length > 0 && !select.IsMultiple)
                    {
                        selected.Add(select.Options[0]!.Value);
                    }

                    fields.AddRange(selected.Select(v => new KeyValuePair<string, string>(name, v)));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
            }
        }

        return fields;
    }

    public void Dispose() => http.Dispose();
}
