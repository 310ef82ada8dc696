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

    [SkippableFact]
    public async Task Signing_up_with_an_existing_address_answers_as_for_a_new_one_and_mails_its_owner()
    {
        using var client = factory.CreateAppClient();
        var owner = Accounts.NewUser("Ada Lovelace");
        await client.RegisterAsync(owner);
        var newcomer = Accounts.NewUser("Eve");

        using var forNew = await client.SubmitAsync(await client.GetPageAsync("/Identity/Account/Register"), "#registerForm", SignUpForm.Fields(newcomer));
        using var forExisting = await client.SubmitAsync(await client.GetPageAsync("/Identity/Account/Register"), "#registerForm", SignUpForm.Fields(owner with { DisplayName = "Eve" }));

        Assert.Equal(HttpStatusCode.Redirect, forExisting.StatusCode);
        Assert.Equal(
            Uri.UnescapeDataString(forNew.Headers.Location!.OriginalString).Replace(newcomer.Email, "EMAIL", StringComparison.Ordinal),
            Uri.UnescapeDataString(forExisting.Headers.Location!.OriginalString).Replace(owner.Email, "EMAIL", StringComparison.Ordinal));
        var page = await client.FollowAsync(forExisting);
        Assert.Contains($"We sent a confirmation link to {owner.Email}", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("taken", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/Identity/Account/Login", Outbox.LinkIn(factory, owner.Email, "Someone tried to create an InfoInterviews account"), StringComparison.Ordinal);
        Assert.Equal("Ada Lovelace", (await FindUserAsync(owner.Email))!.DisplayName);
    }

    [SkippableFact]
    public async Task An_address_the_mailer_cannot_read_is_refused_on_the_field_before_anything_is_saved()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser() with { Email = $"a..{Guid.NewGuid():N}@example.test" };

        var page = await client.RegisterFormResultAsync(user);

        Assert.Contains("Enter an email address mail can be delivered to", page.Find("[data-valmsg-for='Input.Email']").TextContent, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(user.Email));
    }

    [SkippableFact]
    public async Task The_confirmation_page_shows_no_link_to_a_visitor_who_names_someone_elses_address()
    {
        using var victim = factory.CreateAppClient();
        var user = Accounts.NewUser();
        await victim.RegisterAsync(user);
        using var visitor = factory.CreateAppClient();

        var page = await visitor.GetPageAsync($"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(user.Email)}");

        Assert.Null(page.Document.QuerySelector("#confirm-link"));
        Assert.DoesNotContain("ConfirmEmail", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}

/// <summary>Fills the sign-up form for a user, for tests that expect it back with a message.</summary>
internal static class SignUpForm
{
    public static Dictionary<string, string?> Fields(TestUser user) => new()
    {
        ["Input.DisplayName"] = user.DisplayName,
        ["Input.Email"] = user.Email,
        ["Input.TimeZoneId"] = "UTC",
        ["Input.Password"] = user.Password,
        ["Input.ConfirmPassword"] = user.Password,
    };

    public static async Task<HtmlPage> RegisterFormResultAsync(this AppClient client, TestUser user)
    {
        using var response = await client.SubmitAsync(await client.GetPageAsync("/Identity/Account/Register"), "#registerForm", Fields(user));
        return await AppClient.ReadPageAsync(response);
    }
}

public sealed class RegisterTestsOnSqlite(SqliteAppFactory factory) : RegisterTests<SqliteAppFactory>(factory);

public sealed class RegisterTestsOnPostgres(PostgresAppFactory factory) : RegisterTests<PostgresAppFactory>(factory);
