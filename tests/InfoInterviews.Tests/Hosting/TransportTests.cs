using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace InfoInterviews.Tests.Hosting;

/// <summary>How the app is reached in production: which hosts, which proxies, and HTTPS.</summary>
public abstract class TransportTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static void AssertRefusesToStart(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string setting)
    {
        var error = Record.Exception(() => app.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Start_up_outside_development_refuses_to_answer_any_host()
    {
        using var app = factory.InProduction(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });

        AssertRefusesToStart(app, "AllowedHosts");
    }

    [SkippableFact]
    public void Start_up_outside_development_refuses_a_missing_public_origin()
    {
        using var app = factory.InProduction(new Dictionary<string, string?> { ["App:PublicOrigin"] = "" });

        AssertRefusesToStart(app, "App:PublicOrigin");
    }

    [SkippableFact]
    public async Task A_host_that_is_not_allowed_is_refused()
    {
        using var app = factory.InProduction();
        using var client = app.CreateAppClient(Production.Origin);
        client.Http.DefaultRequestHeaders.Host = "evil.example";

        using var response = await client.Http.GetAsync("/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Plain_http_is_redirected_to_https_when_the_public_origin_is_https()
    {
        using var app = factory.InProduction();
        using var client = app.CreateAppClient(Production.PlainOrigin);

        using var response = await client.Http.GetAsync("/Identity/Account/Login?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://infointerviews.example/Identity/Account/Login?returnUrl=%2F", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Over_https_every_cookie_is_secure_and_hsts_is_sent()
    {
        using var app = factory.InProduction();
        using var client = app.CreateAppClient(Production.Origin);
        var user = Accounts.NewUser();

        using var login = await client.Http.GetAsync("/Identity/Account/Login");
        Assert.True(login.Headers.Contains("Strict-Transport-Security"));
        AssertEveryCookieIsSecure(login, expectedAtLeast: 1);

        await client.RegisterAsync(user);
        await client.GetPageAsync(Outbox.LinkIn(factory, user.Email, "Confirm"));
        using var signIn = await client.SignInAsync(user);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        AssertEveryCookieIsSecure(signIn, expectedAtLeast: 1);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("InfoInterviews.Auth=", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Hsts_and_the_https_redirect_stay_off_when_the_public_origin_is_plain_http()
    {
        using var app = factory.InProduction(new Dictionary<string, string?> { ["App:PublicOrigin"] = Production.PlainOrigin.ToString() });
        using var https = app.CreateAppClient(Production.Origin);
        using var http = app.CreateAppClient(Production.PlainOrigin);

        using var overHttps = await https.Http.GetAsync("/Identity/Account/Login");
        using var overHttp = await http.Http.GetAsync("/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.False(overHttps.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, overHttp.StatusCode);
    }

    [SkippableFact]
    public async Task X_Forwarded_Proto_counts_only_from_a_configured_proxy()
    {
        using var app = factory.InProduction(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.1.0.0/16",
        });

        async Task<HttpStatusCode> GetForwardedAsHttpsFromAsync(string remoteAddress)
        {
            using var client = app.CreateClientFrom(IPAddress.Parse(remoteAddress), Production.PlainOrigin);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/Login");
            request.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TemporaryRedirect, await GetForwardedAsHttpsFromAsync("10.0.0.9"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, await GetForwardedAsHttpsFromAsync("127.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, await GetForwardedAsHttpsFromAsync("10.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, await GetForwardedAsHttpsFromAsync("10.1.2.3"));
    }

    [SkippableFact]
    public async Task Health_checks_answer_a_balancer_over_plain_http_when_the_public_origin_is_https()
    {
        using var app = factory.InProduction();
        using var client = app.CreateAppClient(Production.PlainOrigin);

        using var live = await client.Http.GetAsync("/health/live");
        using var ready = await client.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [SkippableFact]
    public async Task Mail_links_take_the_scheme_and_host_a_configured_proxy_forwards()
    {
        var link = await PasswordResetLinkForwardedFromAsync("10.0.0.1");

        Assert.Equal("https://public.example", link.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/Identity/Account/ResetPassword", link.AbsolutePath);
    }

    [SkippableFact]
    public async Task Mail_links_ignore_the_scheme_and_host_forwarded_from_an_address_that_is_no_configured_proxy()
    {
        var link = await PasswordResetLinkForwardedFromAsync("10.0.0.9");

        Assert.Equal(Production.PlainOrigin.GetLeftPart(UriPartial.Authority), link.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>
    /// Asks for a password reset with <c>X-Forwarded-Proto: https</c> and <c>X-Forwarded-Host: public.example</c>
    /// from <paramref name="remoteAddress"/>, where only 10.0.0.1 is a configured proxy, and returns the link mailed.
    /// No public origin is set, as in Development, so the links follow the request as the app sees it: the
    /// forwarded scheme and host, or else the client's own (<see cref="Production.PlainOrigin"/>).
    /// </summary>
    private async Task<Uri> PasswordResetLinkForwardedFromAsync(string remoteAddress)
    {
        factory.SkipUnlessAvailable();
        var user = Accounts.NewUser();
        await factory.CreateConfirmedUserAsync(user);
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.1"));
        var fromProxy = app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress));
        using var client = new AppClient(new HttpClient(new CookieContainerHandler { InnerHandler = fromProxy }) { BaseAddress = Production.PlainOrigin });
        var page = await client.GetPageAsync("/Identity/Account/ForgotPassword");

        // Only on the post: forwarded as https, the page's antiforgery cookie would be marked secure, and a
        // client at a plain http address would not send it back.
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Host", "public.example");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = user.Email });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Outbox.UrlIn(factory, user.Email, "Reset");
    }

    private static void AssertEveryCookieIsSecure(HttpResponseMessage response, int expectedAtLeast)
    {
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.True(cookies.Count >= expectedAtLeast, $"Expected cookies from {response.RequestMessage?.RequestUri}.");
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class TransportTestsOnSqlite(SqliteAppFactory factory) : TransportTests<SqliteAppFactory>(factory);

public sealed class TransportTestsOnPostgres(PostgresAppFactory factory) : TransportTests<PostgresAppFactory>(factory);
