using InfoInterviews.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Pages.Account;

/// <summary>
/// A second app over the same database with settings or services of its own (small rate limits, a
/// watched password hasher), so one test's limits and counts start fresh and touch no other test.
/// </summary>
internal static class Hosts
{
    public static WebApplicationFactory<Program> With(this AppFactory factory, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        factory.SkipUnlessAvailable();
        return factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
    }

    public static AppClient CreateAppClient(this WebApplicationFactory<Program> host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
}
