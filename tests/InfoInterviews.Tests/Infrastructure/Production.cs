using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The app as deployed: the Production environment on the test's database, reached at a public
/// origin of its own, with settings a test adds or overrides.
/// </summary>
public static class Production
{
    public const string Host = "infointerviews.example";

    public static readonly Uri Origin = new($"https://{Host}");

    public static readonly Uri PlainOrigin = new($"http://{Host}");

    public static WebApplicationFactory<Program> InProduction(
        this AppFactory factory,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.SkipUnlessAvailable();
        var all = new Dictionary<string, string?>
        {
            ["App:PublicOrigin"] = Origin.ToString(),
            ["AllowedHosts"] = Host,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
    }

    /// <summary>A browser-like client at <paramref name="baseAddress"/> that keeps cookies and does not follow redirects.</summary>
    public static AppClient CreateAppClient(this WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new AppClient(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress, AllowAutoRedirect = false }));
    }

    /// <summary>A client whose requests arrive from <paramref name="remoteAddress"/>, as from a proxy in front of the app.</summary>
    public static HttpClient CreateClientFrom(this WebApplicationFactory<Program> factory, IPAddress remoteAddress, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new HttpClient(factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = remoteAddress))
        {
            BaseAddress = baseAddress,
        };
    }
}
