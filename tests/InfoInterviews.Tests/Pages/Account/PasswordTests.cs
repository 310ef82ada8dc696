using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class PasswordTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string CommonMessage = "This password is one of the most common";

    [SkippableTheory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiop123")]
    public async Task A_common_password_is_refused_at_sign_up(string password)
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser() with { Password = password };

        var page = await client.RegisterFormResultAsync(user);

        Assert.Contains(CommonMessage, page.Text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.FindUserIdAsync(user.Email));
    }

    [SkippableFact]
    public async Task A_password_that_is_the_email_address_is_refused_at_sign_up()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        user = user with { Password = user.Email.ToUpperInvariant() };

        var page = await client.RegisterFormResultAsync(user);

        Assert.Contains("Your password must not be your email address or your name.", page.Text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.FindUserIdAsync(user.Email));
    }

    [SkippableFact]
    public async Task A_common_password_is_refused_when_changing_it()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        var page = await client.GetPageAsync("/Identity/Account/Manage/ChangePassword");

        using var response = await client.SubmitAsync(page, "#change-password-form", new Dictionary<string, string?>
        {
            ["Input.OldPassword"] = user.Password,
            ["Input.NewPassword"] = "Iloveyou1234",
            ["Input.ConfirmPassword"] = "Iloveyou1234",
        });

        Assert.Contains(CommonMessage, (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        using var signIn = await client.SignInAsync(user);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }
}

public sealed class PasswordTestsOnSqlite(SqliteAppFactory factory) : PasswordTests<SqliteAppFactory>(factory);

public sealed class PasswordTestsOnPostgres(PostgresAppFactory factory) : PasswordTests<PostgresAppFactory>(factory);
