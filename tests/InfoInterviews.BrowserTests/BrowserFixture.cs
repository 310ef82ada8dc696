using System.Collections.Concurrent;
using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InfoInterviews.BrowserTests;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1, over a fresh SQLite database, and Debian's Chromium
/// driven by Playwright: one Chromium for the whole run, a fresh browser context for every page. Without
/// Chromium the tests skip, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // Contexts keep tests apart (each has its own cookies and storage), so the test classes share one
    // browser rather than each starting its own.
    private static readonly Lazy<Task<IBrowser>> Chromium = new(LaunchAsync);

    private readonly ConcurrentQueue<IBrowserContext> contexts = new();

    public SqliteAppFactory App { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public string? Unavailable { get; private set; }

    /// <summary>Every message the browser logged about a refused script, style or image.</summary>
    public IReadOnlyCollection<string> PolicyViolations => policyViolations;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> policyViolations = new();

    /// <summary>Where screenshots go: artifacts/ at the root of the repository.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InfoInterviews.sln")))
            {
                directory = directory.Parent;
            }

            var path = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        Unavailable = Prerequisites.Missing(!File.Exists(ChromiumPath), $"{ChromiumPath} is not installed (apt-get install chromium).");
        if (Unavailable is not null)
        {
            return;
        }

        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.Single());
        await Chromium.Value;
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();

        // Stopping the driver at the end of the run takes the browser with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => playwright.Dispose();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A page in a fresh browser context (its own cookies), as a new visitor would have.</summary>
    public async Task<IPage> NewPageAsync(string timeZone = "UTC")
    {
        Skip.If(Unavailable is not null, Unavailable);
        var context = await (await Chromium.Value).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            TimezoneId = timeZone,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        contexts.Enqueue(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                policyViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        await App.DisposeAsync();
    }
}
