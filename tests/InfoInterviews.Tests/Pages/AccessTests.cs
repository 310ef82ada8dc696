using System.Net;
using AngleSharp.Html.Dom;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Hosting;

namespace InfoInterviews.Tests.Pages;

public abstract class AccessTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task The_landing_page_is_open_to_visitors_and_invites_sign_up()
    {
        using var client = factory.CreateAppClient();
        var page = await client.GetPageAsync("/");

        Assert.Contains("informational interviews", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Identity/Account/Register']"));
    }

    [SkippableTheory]
    [InlineData("/Settings")]
    [InlineData("/Help")]
    public async Task Other_pages_send_visitors_to_sign_in(string path)
    {
        using var client = factory.CreateAppClient();
        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Identity/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
    }

    [SkippableTheory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_checks_answer_without_sign_in(string path)
    {
        using var client = factory.CreateAppClient();
        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Pages_forbid_framing_sniffing_and_inline_or_foreign_script()
    {
        using var client = factory.CreateAppClient();
        using var response = await client.Http.GetAsync("/");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [SkippableFact]
    public async Task An_unknown_page_is_a_readable_404_for_a_signed_in_user()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);

        var page = await client.GetPageAsync("/No/Such/Page", HttpStatusCode.NotFound);

        Assert.Contains("Not found", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Settings_change_the_name_and_time_zone()
    {
        using var client = factory.CreateAppClient();
        await factory.SignInNewUserAsync(client);
        var page = await client.GetPageAsync("/Settings");

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Ada King",
            ["Input.TimeZoneId"] = "America/New_York",
        });
        var saved = await client.FollowAsync(response);

        Assert.Contains("Your settings were saved.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("America/New_York", ((IHtmlSelectElement)saved.Find("#Input_TimeZoneId")).Value);
        Assert.Contains("Ada King", saved.Find("#manage").TextContent, StringComparison.Ordinal);
    }
}

public sealed class AccessTestsOnSqlite(SqliteAppFactory factory) : AccessTests<SqliteAppFactory>(factory);

public sealed class AccessTestsOnPostgres(PostgresAppFactory factory) : AccessTests<PostgresAppFactory>(factory);
