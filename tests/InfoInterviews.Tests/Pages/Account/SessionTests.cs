using System.Net;
using InfoInterviews.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class SessionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static async Task<TestUser> SignUpAsync(AppClient client)
    {
        var user = Accounts.NewUser();
        await client.RegisterAsync(user);
        await client.ConfirmAsync(user);
        return user;
    }

    private static async Task SignInAsync(AppClient client, TestUser user)
    {
        using var signIn = await client.SignInAsync(user);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    private static async Task AssertSignedOutAsync(AppClient client)
    {
        using var response = await client.Http.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task AssertSignedInAsync(AppClient client)
    {
        using var response = await client.Http.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var client = factory.CreateAppClient();
        var user = await SignUpAsync(client);
        string cookie;
        using (var signIn = await client.SignInAsync(user))
        {
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("InfoInterviews.Auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        using var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        using (var before = await thief.GetAsync("/Settings"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await client.SignOutAsync();

        using var after = await thief.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Identity/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_session_stays_signed_in_after_the_periodic_security_stamp_check()
    {
        using var client = factory.CreateAppClient();
        var user = await SignUpAsync(client);
        await SignInAsync(client, user);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await AssertSignedInAsync(client);

        await AssertSignedInAsync(client);
    }

    [SkippableFact]
    public async Task Signing_out_on_one_browser_leaves_the_others_signed_in()
    {
        using var laptop = factory.CreateAppClient();
        using var phone = factory.CreateAppClient();
        var user = await SignUpAsync(laptop);
        await SignInAsync(laptop, user);
        await SignInAsync(phone, user);

        await laptop.SignOutAsync();

        await AssertSignedInAsync(phone);
    }

    [SkippableFact]
    public async Task Changing_the_password_signs_out_every_other_session_but_not_this_one()
    {
        using var laptop = factory.CreateAppClient();
        using var phone = factory.CreateAppClient();
        var user = await SignUpAsync(laptop);
        await SignInAsync(laptop, user);
        await SignInAsync(phone, user);
        const string newPassword = "a completely different passphrase";

        var page = await laptop.GetPageAsync("/Identity/Account/Manage/ChangePassword");
        using (var changed = await laptop.SubmitAsync(page, "#change-password-form", new Dictionary<string, string?>
        {
            ["Input.OldPassword"] = user.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        await AssertSignedOutAsync(phone);
        await AssertSignedInAsync(laptop);
    }

    [SkippableFact]
    public async Task After_the_account_is_deleted_a_save_from_another_session_is_sent_to_sign_in()
    {
        using var laptop = factory.CreateAppClient();
        using var phone = factory.CreateAppClient();
        var user = await SignUpAsync(laptop);
        await SignInAsync(laptop, user);
        await SignInAsync(phone, user);
        var form = await phone.GetPageAsync("/Contacts/Create");
        var delete = await laptop.GetPageAsync("/Identity/Account/Manage/DeletePersonalData");
        using (var deleted = await laptop.SubmitAsync(delete, "#delete-user", new Dictionary<string, string?> { ["Input.Password"] = user.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        using var save = await phone.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Katherine",
            ["Input.LastName"] = "Johnson",
        });

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("/Identity/Account/Login", save.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Sign_out_everywhere_asks_first_then_ends_every_session()
    {
        using var laptop = factory.CreateAppClient();
        using var phone = factory.CreateAppClient();
        var user = await SignUpAsync(laptop);
        await SignInAsync(laptop, user);
        await SignInAsync(phone, user);
        var settings = await laptop.GetPageAsync("/Settings");
        var confirm = await laptop.GetPageAsync(settings.Find("#sign-out-everywhere-link").GetAttribute("href")!);
        await AssertSignedInAsync(phone);

        using var done = await laptop.SubmitAsync(confirm, "#sign-out-everywhere");

        Assert.Equal("/", done.Headers.Location?.OriginalString);
        var home = await laptop.FollowAsync(done);
        Assert.Contains("You were signed out on every device.", home.Text, StringComparison.Ordinal);
        await AssertSignedOutAsync(phone);
        await AssertSignedOutAsync(laptop);
    }

    [SkippableFact]
    public async Task Turning_on_two_factor_sign_in_signs_out_every_other_session_but_not_this_one()
    {
        using var laptop = factory.CreateAppClient();
        using var phone = factory.CreateAppClient();
        var user = await SignUpAsync(laptop);
        await SignInAsync(laptop, user);
        await SignInAsync(phone, user);

        await laptop.EnableAsync();

        await AssertSignedOutAsync(phone);
        await AssertSignedInAsync(laptop);
    }

    [SkippableFact]
    public async Task Changing_the_email_address_signs_out_every_other_session_but_not_this_one()
    {
        using var laptop = factory.CreateAppClient();
        using var phone = factory.CreateAppClient();
        var user = await SignUpAsync(laptop);
        await SignInAsync(laptop, user);
        await SignInAsync(phone, user);
        var newEmail = Accounts.NewUser().Email;
        var page = await laptop.GetPageAsync("/Identity/Account/Manage/Email");
        using (var asked = await laptop.SubmitAsync(page, "#email-form", new Dictionary<string, string?> { ["Input.NewEmail"] = newEmail }, "#change-email-button"))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        await AssertSignedInAsync(phone);
        var changed = await laptop.GetPageAsync(Outbox.LinkIn(factory, newEmail, "Confirm"));

        Assert.Contains("Your email address is changed", changed.Text, StringComparison.Ordinal);
        await AssertSignedOutAsync(phone);
        await AssertSignedInAsync(laptop);
        await SignInAsync(phone, user with { Email = newEmail });
    }
}

public sealed class SessionTestsOnSqlite(SqliteAppFactory factory) : SessionTests<SqliteAppFactory>(factory);

public sealed class SessionTestsOnPostgres(PostgresAppFactory factory) : SessionTests<PostgresAppFactory>(factory);
