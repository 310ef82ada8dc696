using AngleSharp.Html.Dom;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Guards;

/// <summary>Plausible posts to any page handler: the fields its own form renders, changed as a guard needs.</summary>
public static class FormPost
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>
    /// The fields of the form on <paramref name="formPageUrl"/> that posts to <paramref name="handler"/>,
    /// without its antiforgery token and without the given fields; none when the page shows no such form.
    /// </summary>
    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(AppClient client, string formPageUrl, PageHandler handler, IEnumerable<string> without)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(handler);
        using var response = await client.Http.GetAsync(formPageUrl);
        if (response.StatusCode != System.Net.HttpStatusCode.OK
            || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return [];
        }

        var page = await AppClient.ReadPageAsync(response);
        var formPath = new Uri(page.Url, formPageUrl).AbsolutePath;
        var form = page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f =>
        {
            var action = new Uri(page.Url, f.GetAttribute("action") ?? formPageUrl);
            return string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
                && string.Equals(action.AbsolutePath, formPath, StringComparison.OrdinalIgnoreCase)
                && string.Equals(HandlerOf(action), handler.Name, StringComparison.OrdinalIgnoreCase);
        });
        if (form is null)
        {
            return [];
        }

        // A browser sends the value of the button that was pressed: take the form's first.
        var fields = AppClient.ReadFields(form);
        if (form.QuerySelectorAll("button[name]").OfType<IHtmlButtonElement>().FirstOrDefault(b => b.Type == "submit") is { } button)
        {
            fields.Add(new(button.Name!, button.Value));
        }

        var skipped = without.Append(TokenField).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return fields.Where(f => !skipped.Contains(f.Key)).ToList();
    }

    public static async Task<HttpResponseMessage> PostAsync(AppClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(token is null ? fields : fields.Append(new(TokenField, token)));
        return await client.Http.PostAsync(url, content);
    }

    private static string? HandlerOf(Uri action) =>
        System.Web.HttpUtility.ParseQueryString(action.Query)["handler"];
}
