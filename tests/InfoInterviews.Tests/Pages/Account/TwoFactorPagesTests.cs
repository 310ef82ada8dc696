using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

/// <summary>The two-factor pages opened out of turn (a bookmark, an old tab, a timed-out step) lead somewhere useful.</summary>
public abstract class TwoFactorPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableTheory]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task The_second_sign_in_step_without_the_first_leads_back_to_sign_in(string path)
    {
        using var client = factory.CreateAppClient();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login", response.Headers.Location?.OriginalString);
        var signIn = await client.FollowAsync(response);
        Assert.Contains("Enter your email address and password again", signIn.Text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/Identity/Account/Manage/Disable2fa")]
    [InlineData("/Identity/Account/Manage/GenerateRecoveryCodes")]
    public async Task A_page_that_needs_two_factor_sign_in_on_leads_to_the_two_factor_page_when_it_is_off(string path)
    {
        using var client = factory.CreateAppClient();
        await client.SignUpAndSignInAsync();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal("/Identity/Account/Manage/TwoFactorAuthentication", response.Headers.Location?.OriginalString);
        var page = await client.FollowAsync(response);
        Assert.Contains("Two-factor sign-in is not on for your account.", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Two_factor_sign_in_is_turned_off_after_asking()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        await client.EnableAsync();
        var page = await client.GetPageAsync("/Identity/Account/Manage/Disable2fa");

        using var response = await client.SubmitAsync(page, "#disable-2fa");

        Assert.Contains("Two-factor sign-in is off.", (await client.FollowAsync(response)).Text, StringComparison.Ordinal);
        await client.SignOutAsync();
        using var signIn = await client.SignInAsync(user);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task New_recovery_codes_are_shown_once_made()
    {
        using var client = factory.CreateAppClient();
        await client.SignUpAndSignInAsync();
        await client.EnableAsync();
        var page = await client.GetPageAsync("/Identity/Account/Manage/GenerateRecoveryCodes");

        using var response = await client.SubmitAsync(page, "#generate-recovery-codes");

        Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", response.Headers.Location?.OriginalString);
        var codes = await client.FollowAsync(response);
        Assert.Contains("You have new recovery codes", codes.Text, StringComparison.Ordinal);
    }
}

public sealed class TwoFactorPagesTestsOnSqlite(SqliteAppFactory factory) : TwoFactorPagesTests<SqliteAppFactory>(factory);

public sealed class TwoFactorPagesTestsOnPostgres(PostgresAppFactory factory) : TwoFactorPagesTests<PostgresAppFactory>(factory);
