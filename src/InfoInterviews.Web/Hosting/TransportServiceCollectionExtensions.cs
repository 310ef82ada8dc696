using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace InfoInterviews.Web.Hosting;

public static class TransportServiceCollectionExtensions
{
    /// <summary>Where the health checks are mapped: <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public const string HealthPaths = "/health";

    /// <summary>
    /// The hosts the app answers to, the proxies whose forwarded headers it believes, and, when the public
    /// origin is https, the HTTPS redirect and secure cookies.
    /// </summary>
    public static IServiceCollection AddTransport(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var origin = PublicOrigin.From(configuration, environment);
        services.AddSingleton(origin);
        services.AddSingleton<AppLinks>();
        var allowedHosts = AllowedHosts(configuration, environment);
        var proxies = ListSetting(configuration, "ForwardedHeaders:KnownProxies").Select(ParseProxy).ToList();
        var networks = ListSetting(configuration, "ForwardedHeaders:KnownNetworks").Select(ParseNetwork).ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;

            // ASP.NET Core believes loopback by default; here only the proxies named in configuration are believed.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);

            // A forwarded Host header meets the same list as the request's own Host header.
            options.AllowedHosts = allowedHosts;
        });

        if (origin.IsHttps)
        {
            // Behind a proxy that ends TLS the app has no https endpoint of its own to learn the port from.
            services.AddHttpsRedirection(options => options.HttpsPort = origin.Address!.Port);
            services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        }

        return services;
    }

    /// <summary>Runs first, so that every later step sees the scheme, host and address the client used.</summary>
    public static WebApplication UseTransport(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<PublicOrigin>().IsHttps)
        {
            // A load balancer probes each instance over plain HTTP on the private network, and takes a
            // redirect for a failed check; the health answers carry nothing to protect.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments(HealthPaths), branch => branch.UseHttpsRedirection());
            app.UseCookiePolicy();
        }

        return app;
    }

    /// <summary>
    /// HSTS where HTTPS is real: an https public origin, outside Development. It belongs after the exception
    /// handler, which clears the headers set before it, so that error pages carry it too.
    /// </summary>
    public static WebApplication UseHstsWhereHttps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<PublicOrigin>().IsHttps && !app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>The <c>AllowedHosts</c> list; outside Development it must name the hosts, since <c>*</c> lets any Host header in.</summary>
    private static List<string> AllowedHosts(IConfiguration configuration, IHostEnvironment environment)
    {
        var hosts = (configuration["AllowedHosts"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var anyHost = hosts.Count == 0 || hosts.Contains("*");
        if (anyHost && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "AllowedHosts is '*' or empty. Outside Development set it to the host names the app answers to, " +
                "separated by ';' (such as \"infointerviews.example\"), so that a request with a forged Host header is refused.");
        }

        return anyHost ? [] : hosts;
    }

    /// <summary>A list setting, as an array (<c>Key:0</c>, <c>Key:1</c>) or one value separated by ';'.</summary>
    private static IEnumerable<string> ListSetting(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = string.IsNullOrWhiteSpace(section.Value)
            ? section.GetChildren().Select(child => child.Value ?? string.Empty)
            : section.Value.Split(';');
        return values.Select(value => value.Trim()).Where(value => value.Length > 0);
    }

    private static IPAddress ParseProxy(string value) =>
        IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{value}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) =>
        System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{value}' is not a network such as 10.0.0.0/8.");
}
