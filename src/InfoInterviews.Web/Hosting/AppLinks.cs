using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InfoInterviews.Web.Hosting;

/// <summary>
/// Absolute links to the app's pages, for mail. They are built on the configured public origin, never on
/// the request's Host header: whoever sends the request chooses that header, and a link on their host
/// would hand them what the link carries. Only in Development, with no origin configured, do they follow
/// the request, or, for mail sent outside a request, the address the server listens on.
/// </summary>
public sealed class AppLinks(LinkGenerator links, PublicOrigin origin, IServer server)
{
    public string Page(string page, object? values, HttpRequest? request = null)
    {
        var (scheme, host, pathBase) = Origin(request);
        return links.GetUriByPage(page, handler: null, values, scheme, host, pathBase)
            ?? throw new InvalidOperationException($"No page {page} to link to.");
    }

    /// <summary>A link to a named endpoint that is not a page, such as the calendar feed.</summary>
    public string Endpoint(string name, object? values, HttpRequest? request = null)
    {
        var (scheme, host, pathBase) = Origin(request);
        return links.GetUriByName(name, values, scheme, host, pathBase)
            ?? throw new InvalidOperationException($"No endpoint {name} to link to.");
    }

    private (string Scheme, HostString Host, PathString PathBase) Origin(HttpRequest? request)
    {
        if (origin.Address is { } address)
        {
            return (address.Scheme, HostString.FromUriComponent(address), PathString.FromUriComponent(address.AbsolutePath.TrimEnd('/')));
        }

        if (request is not null)
        {
            return (request.Scheme, request.Host, request.PathBase);
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"{PublicOrigin.Setting} is not set, and mail sent outside a request needs it for its links.");
        var uri = new Uri(listening);
        return (uri.Scheme, HostString.FromUriComponent(uri), PathString.Empty);
    }
}
