using System.Net;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class ResetPasswordTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string NewPassword = "a brand new passphrase";

    private async Task<(AppClient Client, TestUser User, HtmlPage Form)> AskForResetAsync()
    {
        var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        await client.SignOutAsync();
        var forgot = await client.GetPageAsync("/Identity/Account/ForgotPassword");
        using (var asked = await client.SubmitAsync(forgot, "main form", new Dictionary<string, string?> { ["Input.Email"] = user.Email }))
        {
            Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location?.OriginalString);
        }

        var form = await client.GetPageAsync(Outbox.LinkIn(factory, user.Email, "Reset your password"));
        return (client, user, form);
    }

    [SkippableFact]
    public async Task A_link_with_an_unreadable_code_says_it_is_invalid_instead_of_failing()
    {
        using var client = factory.CreateAppClient();

        var page = await client.GetPageAsync("/Identity/Account/ResetPassword?code=!!!", HttpStatusCode.BadRequest);

        Assert.Contains("This link is invalid or has expired", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/Identity/Account/ForgotPassword']"));
    }

    [SkippableFact]
    public async Task A_link_without_a_code_says_it_is_invalid()
    {
        using var client = factory.CreateAppClient();

        var page = await client.GetPageAsync("/Identity/Account/ResetPassword", HttpStatusCode.BadRequest);

        Assert.Contains("This link is invalid or has expired", page.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_forged_code_says_the_link_is_invalid_and_keeps_the_old_password()
    {
        var (client, user, form) = await AskForResetAsync();
        using (client)
        {
            using var response = await client.SubmitAsync(form, "main form", new Dictionary<string, string?>
            {
                ["Input.Code"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("not a token")),
                ["Input.Email"] = user.Email,
                ["Input.Password"] = NewPassword,
                ["Input.ConfirmPassword"] = NewPassword,
            });

            var page = await AppClient.ReadPageAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains("This link is invalid or has expired", page.Text, StringComparison.Ordinal);
            using var signIn = await client.SignInAsync(user);
            Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        }
    }
}

public sealed class ResetPasswordTestsOnSqlite(SqliteAppFactory factory) : ResetPasswordTests<SqliteAppFactory>(factory);

public sealed class ResetPasswordTestsOnPostgres(PostgresAppFactory factory) : ResetPasswordTests<PostgresAppFactory>(factory);
