using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class ConfirmEmailTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task A_confirmed_email_leads_on_to_sign_in()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        var confirmation = await client.RegisterAsync(user);

        var confirmed = await client.GetPageAsync(confirmation.Find("#confirm-link").GetAttribute("href")!);

        Assert.Contains("Thank you for confirming your email", confirmed.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/Login", confirmed.Find("#next-step a").GetAttribute("href"));
    }

    [SkippableFact]
    public async Task A_damaged_link_offers_a_new_one()
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        var confirmation = await client.RegisterAsync(user);
        var link = confirmation.Find("#confirm-link").GetAttribute("href")!;

        var refused = await client.GetPageAsync(link.Replace("code=", "code=AAAA", StringComparison.Ordinal), HttpStatusCode.BadRequest);

        Assert.Contains("The link did not work", refused.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/ResendEmailConfirmation", refused.Find("#next-step a").GetAttribute("href"));
    }

    [SkippableTheory]
    [InlineData("!")]
    [InlineData("A")]
    [InlineData("")]
    public async Task A_code_that_is_not_a_code_is_refused_with_a_page_that_offers_a_new_link(string code)
    {
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        await client.RegisterAsync(user);
        var userId = await factory.FindUserIdAsync(user.Email);

        var refused = await client.GetPageAsync($"/Identity/Account/ConfirmEmail?userId={userId}&code={code}", HttpStatusCode.BadRequest);

        Assert.Contains("The link did not work", refused.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/ResendEmailConfirmation", refused.Find("#next-step a").GetAttribute("href"));
    }

    [SkippableTheory]
    [InlineData("!")]
    [InlineData("AAAA")]
    public async Task An_email_change_link_with_a_bad_code_is_refused_with_a_page_that_says_so(string code)
    {
        using var client = factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        var userId = await factory.FindUserIdAsync(user.Email);
        var newEmail = Accounts.NewUser().Email;

        var refused = await client.GetPageAsync(
            $"/Identity/Account/ConfirmEmailChange?userId={userId}&email={Uri.EscapeDataString(newEmail)}&code={code}", HttpStatusCode.BadRequest);

        Assert.Contains("The link did not work", refused.Text, StringComparison.Ordinal);
        Assert.Equal(userId, await factory.FindUserIdAsync(user.Email));
    }
}

public sealed class ConfirmEmailTestsOnSqlite(SqliteAppFactory factory) : ConfirmEmailTests<SqliteAppFactory>(factory);

public sealed class ConfirmEmailTestsOnPostgres(PostgresAppFactory factory) : ConfirmEmailTests<PostgresAppFactory>(factory);
