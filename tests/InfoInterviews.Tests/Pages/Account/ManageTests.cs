using System.Net;
using System.Text.Json;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class ManageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableTheory]
    [InlineData("/Identity/Account/Manage", "Profile")]
    [InlineData("/Identity/Account/Manage/Email", "Manage Email")]
    [InlineData("/Identity/Account/Manage/ChangePassword", "Change password")]
    [InlineData("/Identity/Account/Manage/TwoFactorAuthentication", "Two-factor authentication")]
    [InlineData("/Identity/Account/Manage/EnableAuthenticator", "Configure authenticator app")]
    [InlineData("/Identity/Account/Manage/PersonalData", "Personal Data")]
    public async Task Account_security_pages_open_for_a_signed_in_user(string path, string heading)
    {
        using var client = factory.CreateAppClient();
        await client.SignUpAndSignInAsync();

        var page = await client.GetPageAsync(path);

        Assert.Contains(heading, page.Text, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Personal_data_downloads_with_the_account_fields_and_the_whole_workspace()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync("Asia/Tokyo");
        using var network = Network.Of(factory, await factory.FindUserIdAsync(user.Email));
        var contact = await network.AddContactAsync("Zoë", "Müller", company: "Ørsted");
        await network.AddFollowUpAsync(contact.Id, title: "Send the article");
        var page = await client.GetPageAsync("/Identity/Account/Manage/PersonalData");

        using var response = await client.SubmitAsync(page, "#download-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var personalData = json.RootElement.GetProperty("personalData");
        Assert.Equal(user.DisplayName, personalData.GetProperty("DisplayName").GetString());
        Assert.Equal("Asia/Tokyo", personalData.GetProperty("TimeZoneId").GetString());
        Assert.Equal(user.Email, personalData.GetProperty("Email").GetString());
        Assert.Equal("Zoë", Assert.Single(json.RootElement.GetProperty("contacts").EnumerateArray()).GetProperty("firstName").GetString());
        Assert.Equal("Ørsted", Assert.Single(json.RootElement.GetProperty("companies").EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains(json.RootElement.GetProperty("followUps").EnumerateArray(), f => f.GetProperty("title").GetString() == "Send the article");
    }

    [SkippableFact]
    public async Task Deleting_personal_data_deletes_the_account_after_asking_for_the_password()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        var page = await client.GetPageAsync("/Identity/Account/Manage/DeletePersonalData");

        using var wrong = await client.SubmitAsync(page, "#delete-user", new Dictionary<string, string?> { ["Input.Password"] = "not my password" });
        Assert.Contains("Incorrect password.", (await AppClient.ReadPageAsync(wrong)).Text, StringComparison.Ordinal);

        using var right = await client.SubmitAsync(page, "#delete-user", new Dictionary<string, string?> { ["Input.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.FindUserIdAsync(user.Email));
    }

    [SkippableFact]
    public async Task Two_factor_sign_in_asks_for_the_authenticator_code_after_the_password()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        var key = await client.EnableAsync();

        await client.SignOutAsync();
        using var password = await client.SignInAsync(user);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var second = await client.FollowAsync(password);
        using var code = await client.SubmitAsync(second, "main form", new Dictionary<string, string?>
        {
            ["Input.TwoFactorCode"] = AuthenticatorApp.CodeFor(key, DateTimeOffset.UtcNow),
        });

        Assert.Equal("/", code.Headers.Location?.OriginalString);
        var home = await client.FollowAsync(code);
        Assert.Contains($"Welcome, {user.DisplayName}", home.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        await client.SignOutAsync();
        const string newPassword = "a brand new long passphrase";

        var forgot = await client.GetPageAsync("/Identity/Account/ForgotPassword");
        using (var sent = await client.SubmitAsync(forgot, "main form", new Dictionary<string, string?> { ["Input.Email"] = user.Email }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var reset = await client.GetPageAsync(Outbox.LinkIn(factory, user.Email, "Reset your password"));
        using (var done = await client.SubmitAsync(reset, "main form", new Dictionary<string, string?>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        }))
        {
            Assert.Equal("/Identity/Account/ResetPasswordConfirmation", done.Headers.Location?.OriginalString);
        }

        using var oldPassword = await client.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var signIn = await client.SignInAsync(user, newPassword);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }
}

public sealed class ManageTestsOnSqlite(SqliteAppFactory factory) : ManageTests<SqliteAppFactory>(factory);

public sealed class ManageTestsOnPostgres(PostgresAppFactory factory) : ManageTests<PostgresAppFactory>(factory);
