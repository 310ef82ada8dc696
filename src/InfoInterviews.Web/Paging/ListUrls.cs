using Microsoft.AspNetCore.Http.Extensions;

namespace InfoInterviews.Web.Paging;

/// <summary>Links within a list that keep its filters: the current URL with some query keys changed.</summary>
public static class ListUrls
{
    /// <summary>The current path and query, with each named key set to its value, or removed where the value is null.</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new QueryBuilder(request.Query
            .Where(q => !changes.Any(c => string.Equals(c.Key, q.Key, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))));
        foreach (var (key, value) in changes.Where(c => c.Value is not null))
        {
            builder.Add(key, value!);
        }

        return request.Path + builder.ToQueryString().ToString();
    }

    public static string ToPage(HttpRequest request, int pageNumber) =>
        With(request, ("page", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
