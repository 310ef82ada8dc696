using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Guards;

/// <summary>A page's handler as the app routes it: GET or POST, and its name for <c>?handler=</c>.</summary>
public sealed record PageHandler(string HttpMethod, string? Name, IReadOnlyList<string> IdParameters)
{
    public bool IsPost => string.Equals(HttpMethod, "Post", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Name is null ? HttpMethod.ToUpperInvariant() : $"{HttpMethod.ToUpperInvariant()} ?handler={Name}";
}

/// <summary>
/// One Razor page of the app, read from the app's own endpoints, so that a page added later is
/// found without anyone listing it.
/// </summary>
public sealed record AppPage(string Path, string? Area, RoutePattern Route, IReadOnlyList<PageHandler> Handlers)
{
    /// <summary>The folder a page sits in, as <c>/Contacts/Touches</c> or <c>Identity:/Account</c>.</summary>
    public string Folder
    {
        get
        {
            var folder = Path[..Path.LastIndexOf('/')];
            return (Area is null ? string.Empty : Area + ":") + (folder.Length == 0 ? "/" : folder);
        }
    }

    public IEnumerable<string> RouteParameters => Route.Parameters.Select(p => p.Name);

    /// <summary>Route parameters, and handler parameters that name a row (<c>id</c> or <c>...Id</c> of an integer type).</summary>
    public IReadOnlyList<string> IdParameters => RouteParameters
        .Concat(Handlers.SelectMany(h => h.IdParameters))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    public override string ToString() => Area is null ? Path : $"/{Area}{Path}";

    /// <summary>Every page of the app with its handlers.</summary>
    public static async Task<IReadOnlyList<AppPage>> AllAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<AppPage>();
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Descriptor is not null)
            .GroupBy(e => (e.Descriptor!.AreaName, e.Descriptor.ViewEnginePath));
        foreach (var group in endpoints)
        {
            // A page has one endpoint per route (an Index page also answers at its folder); any one shows its handlers.
            var (endpoint, descriptor) = group.OrderByDescending(e => e.Endpoint.RoutePattern.RawText?.Length).First();
            var compiled = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()
                ?? await loader.LoadAsync(descriptor!, endpoint.Metadata);
            var handlers = compiled.HandlerMethods
                .Select(h => new PageHandler(
                    h.HttpMethod,
                    h.Name,
                    h.Parameters.Where(p => IsRowId(p.Name, p.ParameterType)).Select(p => p.Name).ToList()))
                .ToList();
            pages.Add(new AppPage(descriptor!.ViewEnginePath, descriptor.AreaName, endpoint.RoutePattern, handlers));
        }

        return pages.OrderBy(p => p.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The path of a handler with the given values: route values fill the route, the rest go in the
    /// query. Null when a route value is missing.
    /// </summary>
    public string Url(PageHandler handler, IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(values);
        var segments = new List<string>();
        foreach (var segment in Route.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter when values.TryGetValue(parameter.Name, out var value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                RoutePatternParameterPart { IsOptional: true } => string.Empty,
                RoutePatternParameterPart parameter => throw new InvalidOperationException($"{this} needs a value for {{{parameter.Name}}}."),
                _ => throw new InvalidOperationException($"{this} has a route part this guard does not know: {part}."),
            }));
            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        var query = values
            .Where(v => !RouteParameters.Contains(v.Key, StringComparer.OrdinalIgnoreCase))
            .Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!)}");
        if (handler.Name is not null)
        {
            query = query.Prepend($"handler={Uri.EscapeDataString(handler.Name)}");
        }

        var queryText = string.Join('&', query);
        return "/" + string.Join('/', segments) + (queryText.Length == 0 ? string.Empty : "?" + queryText);
    }

    private static bool IsRowId(string name, Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long))
        && (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal));
}
