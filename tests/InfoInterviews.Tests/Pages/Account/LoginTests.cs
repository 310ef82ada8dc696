using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

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

    [SkippableFact]
    public async Task Signing_in_as_an_unknown_address_checks_a_password_hash_as_a_real_account_does()
    {
        var hasher = new WatchedPasswordHasher();
        await using var host = factory.With(new Dictionary<string, string>(), services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher));
        using var client = host.CreateAppClient();

        using var response = await client.SignInAsync(Accounts.NewUser(), "some password guess");

        Assert.Contains("That email and password do not match an account.", (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(1, hasher.Verifications);
    }

    [SkippableFact]
    public async Task An_unknown_address_is_locked_out_after_as_many_failures_as_a_real_account()
    {
        using var client = factory.CreateAppClient();
        var stranger = Accounts.NewUser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await client.SignInAsync(stranger, $"wrong password {attempt}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var fifth = await client.SignInAsync(stranger, "wrong password 5");
        Assert.Equal("/Identity/Account/Lockout", fifth.Headers.Location?.OriginalString);
        using var sixth = await client.SignInAsync(stranger, "wrong password 6");
        Assert.Equal("/Identity/Account/Lockout", sixth.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task An_unconfirmed_account_with_a_wrong_password_is_answered_as_any_wrong_password()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        await client.RegisterAsync(user);

        using var response = await client.SignInAsync(user, "not the right password");
        var page = await AppClient.ReadPageAsync(response);

        Assert.Contains("That email and password do not match an account.", page.Text, StringComparison.Ordinal);
    }

    /// <summary>The real hasher, counting the password checks it makes.</summary>
    private sealed class WatchedPasswordHasher : PasswordHasher<ApplicationUser>
    {
        private int verifications;

        public int Verifications => verifications;

        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class LoginTestsOnSqlite(SqliteAppFactory factory) : LoginTests<SqliteAppFactory>(factory);

public sealed class LoginTestsOnPostgres(PostgresAppFactory factory) : LoginTests<PostgresAppFactory>(factory);
