using InfoInterviews.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfoInterviews.Tests.Pages.Account;

/// <summary>Links in mail lead to the configured public origin, whatever Host header the request that sent them carried.</summary>
public abstract class AccountLinksTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string PublicOrigin = "https://infointerviews.example";

    private AppClient CreateClientWithForgedHost()
    {
        factory.SkipUnlessAvailable();
        var app = factory.WithWebHostBuilder(builder => builder.UseSetting("App:PublicOrigin", PublicOrigin));
        var client = new AppClient(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        }));
        client.Http.DefaultRequestHeaders.Host = "evil.example";
        return client;
    }

    private static void AssertOnPublicOrigin(Uri link, string path)
    {
        Assert.Equal(PublicOrigin, link.GetLeftPart(UriPartial.Authority));
        Assert.Equal(path, link.AbsolutePath);
    }

    [SkippableFact]
    public async Task A_password_reset_asked_for_with_a_forged_host_mails_a_link_on_the_public_origin()
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        using var forged = CreateClientWithForgedHost();

        var page = await forged.GetPageAsync("/Identity/Account/ForgotPassword");
        using var response = await forged.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = user.Email });

        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", response.Headers.Location?.OriginalString);
        AssertOnPublicOrigin(Outbox.UrlIn(factory, user.Email, "Reset"), "/Identity/Account/ResetPassword");
    }

    [SkippableFact]
    public async Task A_confirmation_resent_with_a_forged_host_mails_a_link_on_the_public_origin()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        await client.RegisterAsync(user);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var forged = CreateClientWithForgedHost();

        var page = await forged.GetPageAsync("/Identity/Account/ResendEmailConfirmation");
        using var response = await forged.SubmitAsync(page, "main form", new Dictionary<string, string?> { ["Input.Email"] = user.Email });

        Assert.Contains("Verification email sent", (await forged.FollowAsync(response)).Text, StringComparison.Ordinal);
        AssertOnPublicOrigin(Outbox.UrlIn(factory, user.Email, "Confirm"), "/Identity/Account/ConfirmEmail");
    }

    [SkippableFact]
    public async Task Signing_up_with_a_forged_host_mails_a_confirmation_link_on_the_public_origin()
    {
        using var forged = CreateClientWithForgedHost();
        var user = Accounts.NewUser();

        await forged.RegisterAsync(user);

        AssertOnPublicOrigin(Outbox.UrlIn(factory, user.Email, "Confirm"), "/Identity/Account/ConfirmEmail");
    }

    [SkippableFact]
    public async Task Signing_up_again_with_a_forged_host_mails_the_owner_links_on_the_public_origin()
    {
        using var client = factory.CreateAppClient();
        var owner = await client.SignUpAndSignInAsync();
        using var forged = CreateClientWithForgedHost();

        await forged.RegisterAsync(owner);

        AssertOnPublicOrigin(Outbox.UrlIn(factory, owner.Email, "Someone tried"), "/Identity/Account/Login");
    }

    [SkippableFact]
    public async Task An_email_change_asked_for_with_a_forged_host_mails_a_link_on_the_public_origin()
    {
        using var forged = CreateClientWithForgedHost();
        await forged.SignUpAndSignInAsync();
        var newEmail = Accounts.NewUser().Email;

        var page = await forged.GetPageAsync("/Identity/Account/Manage/Email");
        using var response = await forged.SubmitAsync(page, "#email-form", new Dictionary<string, string?> { ["Input.NewEmail"] = newEmail }, "#change-email-button");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        AssertOnPublicOrigin(Outbox.UrlIn(factory, newEmail, "Confirm"), "/Identity/Account/ConfirmEmailChange");
    }
}

public sealed class AccountLinksTestsOnSqlite(SqliteAppFactory factory) : AccountLinksTests<SqliteAppFactory>(factory);

public sealed class AccountLinksTestsOnPostgres(PostgresAppFactory factory) : AccountLinksTests<PostgresAppFactory>(factory);
