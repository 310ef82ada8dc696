using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class LogoutTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Post_with_a_foreign_return_url_signs_out_and_stays_on_the_site()
    {
        using var client = factory.CreateAppClient();
        await client.SignUpAndSignInAsync();

        using var response = await client.PostAsync("/Identity/Account/Logout?returnUrl=https%3A%2F%2Fx", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        using var settings = await client.Http.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
    }

    [SkippableFact]
    public async Task Post_with_a_local_return_url_goes_there()
    {
        using var client = factory.CreateAppClient();
        await client.SignUpAndSignInAsync();

        using var response = await client.PostAsync("/Identity/Account/Logout?returnUrl=%2FIdentity%2FAccount%2FLogin", new Dictionary<string, string>());

        Assert.Equal("/Identity/Account/Login", response.Headers.Location?.OriginalString);
    }
}

public sealed class LogoutTestsOnSqlite(SqliteAppFactory factory) : LogoutTests<SqliteAppFactory>(factory);

public sealed class LogoutTestsOnPostgres(PostgresAppFactory factory) : LogoutTests<PostgresAppFactory>(factory);
