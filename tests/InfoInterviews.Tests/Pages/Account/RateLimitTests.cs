using System.Net;
using InfoInterviews.Tests.Infrastructure;
using MimeKit;

namespace InfoInterviews.Tests.Pages.Account;

public abstract class RateLimitTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static async Task<HttpResponseMessage> PostEmailAsync(AppClient client, string page, string form, string email) =>
        await client.SubmitAsync(await client.GetPageAsync(page), form, new Dictionary<string, string?> { ["Input.Email"] = email });

    [SkippableTheory]
    [InlineData("/Identity/Account/Login", "#account")]
    [InlineData("/Identity/Account/Register", "#registerForm")]
    [InlineData("/Identity/Account/ForgotPassword", "main form")]
    [InlineData("/Identity/Account/ResendEmailConfirmation", "main form")]
    public async Task Posts_past_the_limit_from_one_address_get_429_with_Retry_After(string page, string form)
    {
        await using var host = factory.With(new Dictionary<string, string> { ["RateLimits:AccountFormsPerAddress"] = "3" });
        using var client = host.CreateAppClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await PostEmailAsync(client, page, form, Accounts.NewUser().Email);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await PostEmailAsync(client, page, form, Accounts.NewUser().Email);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/Identity/Account/Login", "#account")]
    [InlineData("/Identity/Account/Register", "#registerForm")]
    [InlineData("/Identity/Account/ForgotPassword", "main form")]
    [InlineData("/Identity/Account/ResendEmailConfirmation", "main form")]
    public async Task Posts_past_the_limit_for_one_email_get_429_while_other_emails_pass(string page, string form)
    {
        await using var host = factory.With(new Dictionary<string, string> { ["RateLimits:AccountFormsPerAccount"] = "2" });
        using var client = host.CreateAppClient();
        var victim = Accounts.NewUser().Email;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await PostEmailAsync(client, page, form, victim);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await PostEmailAsync(client, page, form, victim.ToUpperInvariant());
        using var other = await PostEmailAsync(client, page, form, Accounts.NewUser().Email);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [SkippableFact]
    public async Task Previews_past_the_limit_for_one_user_get_429()
    {
        await using var host = factory.With(new Dictionary<string, string> { ["RateLimits:PreviewsPerUser"] = "2" });
        using var client = host.CreateAppClient();
        await client.SignUpAndSignInAsync();
        var markdown = new Dictionary<string, string> { ["markdown"] = "**bold**" };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await client.PostAsync("/Markdown/Preview", markdown);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostAsync("/Markdown/Preview", markdown);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    [SkippableFact]
    public async Task Mail_to_one_address_stops_at_the_hourly_limit_while_the_page_answers_the_same()
    {
        await using var host = factory.With(new Dictionary<string, string> { ["RateLimits:MailsPerAddressPerHour"] = "3" });
        using var client = host.CreateAppClient();
        var user = Accounts.NewUser();
        await client.RegisterAsync(user);

        for (var attempt = 0; attempt < 4; attempt++)
        {
            var again = await client.RegisterAsync(user);
            Assert.Contains("We sent a confirmation link", again.Text, StringComparison.Ordinal);
        }

        Assert.Equal(3, MailsTo(user.Email));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await client.RegisterAsync(user);
        Assert.Equal(4, MailsTo(user.Email));
    }

    private int MailsTo(string email) =>
        Directory.GetFiles(factory.OutboxDirectory, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Count(message =>
            {
                using (message)
                {
                    return message.To.Mailboxes.Any(m => m.Address == email);
                }
            });
}

public sealed class RateLimitTestsOnSqlite(SqliteAppFactory factory) : RateLimitTests<SqliteAppFactory>(factory);

public sealed class RateLimitTestsOnPostgres(PostgresAppFactory factory) : RateLimitTests<PostgresAppFactory>(factory);
