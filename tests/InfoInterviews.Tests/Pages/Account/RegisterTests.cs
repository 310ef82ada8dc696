using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class RegisterTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private async Task<ApplicationUser?> FindUserAsync(string email)
    {
        var (scope, _) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        }
    }

    [SkippableFact]
    public async Task A_new_user_signs_up_confirms_by_the_link_on_screen_and_lands_on_the_home_page()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser("Ada Lovelace");

        var confirmation = await client.RegisterAsync(user, "Europe/Paris");
        Assert.Contains(user.Email, confirmation.Text, StringComparison.Ordinal);
        await client.ConfirmAsync(user);
        using var signIn = await client.SignInAsync(user);
        var home = await client.FollowAsync(signIn);

        Assert.Contains("Welcome, Ada Lovelace", home.Text, StringComparison.Ordinal);
        var stored = await FindUserAsync(user.Email);
        Assert.NotNull(stored);
        Assert.True(stored.EmailConfirmed);
        Assert.Equal("Europe/Paris", stored.TimeZoneId);
    }

    [SkippableFact]
    public async Task The_confirmation_mail_is_kept_in_the_outbox_when_no_mail_server_is_configured()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();

        await client.RegisterAsync(user);

        var mails = Directory.GetFiles(factory.OutboxDirectory, "*.eml").Select(File.ReadAllText);
        var mail = Assert.Single(mails, m => m.Contains(user.Email, StringComparison.Ordinal));
        Assert.Contains("Confirm your InfoInterviews account", mail, StringComparison.Ordinal);
        Assert.Contains("ConfirmEmail", mail, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_password_shorter_than_twelve_characters_is_refused_with_a_message()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser() with { Password = "only11chars" };
        var page = await client.GetPageAsync("/Identity/Account/Register");

        using var response = await client.SubmitAsync(page, "#registerForm", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = user.DisplayName,
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
            ["Input.ConfirmPassword"] = user.Password,
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("The password must be at least 12 characters long.", result.Text, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(user.Email));
    }

    [SkippableFact]
    public async Task A_long_password_without_digits_or_symbols_is_accepted()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser() with { Password = "allplainlowercaseletters" };

        await client.RegisterAsync(user);

        Assert.NotNull(await FindUserAsync(user.Email));
    }

    [SkippableFact]
    public async Task An_unknown_time_zone_is_refused()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        var page = await client.GetPageAsync("/Identity/Account/Register");

        using var response = await client.SubmitAsync(page, "#registerForm", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = user.DisplayName,
            ["Input.Email"] = user.Email,
            ["Input.TimeZoneId"] = "Mars/Olympus_Mons",
            ["Input.Password"] = user.Password,
            ["Input.ConfirmPassword"] = user.Password,
        });
        var result = await AppClient.ReadPageAsync(response);

        Assert.Contains("Choose a time zone from the list.", result.Text, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(user.Email));
    }

    [SkippableFact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = factory.CreateAppClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Forged",
            ["Input.Email"] = "forged@example.test",
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });

        using var response = await client.Http.PostAsync("/Identity/Account/Register", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FindUserAsync("forged@example.test"));
    }
}

public sealed class RegisterTestsOnSqlite(SqliteAppFactory factory) : RegisterTests<SqliteAppFactory>(factory);

public sealed class RegisterTestsOnPostgres(PostgresAppFactory factory) : RegisterTests<PostgresAppFactory>(factory);
