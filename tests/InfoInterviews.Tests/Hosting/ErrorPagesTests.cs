using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Hosting;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Hosting;

/// <summary>In production an error page is a page like any other: it carries the same protective headers.</summary>
public abstract class ErrorPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private sealed class FailingEmailSender : IEmailSender
    {
        public Task SendEmailAsync(string email, string subject, string htmlMessage) =>
            throw new InvalidOperationException("The mail server is down.");
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
        Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
    }

    [SkippableFact]
    public async Task The_error_page_after_an_exception_carries_the_security_headers()
    {
        using var app = factory.InProduction(services: services => services.AddSingleton<IEmailSender, FailingEmailSender>());
        using var client = app.CreateAppClient(Production.Origin);
        var user = Accounts.NewUser();
        var form = await client.GetPageAsync("/Identity/Account/Register");

        using var response = await client.SubmitAsync(form, "#registerForm", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = user.DisplayName,
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
            ["Input.ConfirmPassword"] = user.Password,
        });

        var page = await AppClient.ReadPageAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("Something went wrong", page.Text, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [SkippableFact]
    public async Task A_status_code_page_carries_the_security_headers()
    {
        using var app = factory.InProduction();
        using var client = app.CreateAppClient(Production.Origin);

        using var response = await client.Http.GetAsync("/no-such-page");

        var page = await AppClient.ReadPageAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("Not found", page.Text, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }
}

public sealed class ErrorPagesTestsOnSqlite(SqliteAppFactory factory) : ErrorPagesTests<SqliteAppFactory>(factory);

public sealed class ErrorPagesTestsOnPostgres(PostgresAppFactory factory) : ErrorPagesTests<PostgresAppFactory>(factory);
