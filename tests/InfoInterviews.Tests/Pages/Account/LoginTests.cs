using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class LoginTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task An_unconfirmed_account_is_asked_to_confirm_first()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        await client.RegisterAsync(user);

        using var response = await client.SignInAsync(user);
        var page = await AppClient.ReadPageAsync(response);

        Assert.Contains("Confirm your email address before signing in.", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wrong_password_shows_a_message_and_does_not_sign_in()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        await client.SignOutAsync();

        using var response = await client.SignInAsync(user, "not the right password");
        var page = await AppClient.ReadPageAsync(response);

        Assert.Contains("That email and password do not match an account.", page.Text, StringComparison.Ordinal);
        using var settings = await client.Http.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
    }

    [SkippableFact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        await client.SignOutAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await client.SignInAsync(user, $"wrong password {attempt}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var fifth = await client.SignInAsync(user, "wrong password 5");
        Assert.Equal("/Identity/Account/Lockout", fifth.Headers.Location?.OriginalString);

        using var right = await client.SignInAsync(user);
        Assert.Equal("/Identity/Account/Lockout", right.Headers.Location?.OriginalString);
        var lockout = await client.FollowAsync(right);
        Assert.Contains("Locked out", lockout.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = factory.CreateAppClient();
        await client.SignUpAndSignInAsync();
        using (var signedIn = await client.Http.GetAsync("/Settings"))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        await client.SignOutAsync();

        using var afterSignOut = await client.Http.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
    }
}

public sealed class LoginTestsOnSqlite(SqliteAppFactory factory) : LoginTests<SqliteAppFactory>(factory);

public sealed class LoginTestsOnPostgres(PostgresAppFactory factory) : LoginTests<PostgresAppFactory>(factory);
