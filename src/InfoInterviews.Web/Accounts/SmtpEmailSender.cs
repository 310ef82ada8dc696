using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>Sends mail through the SMTP server named in the <c>Smtp</c> section.</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var settings = options.Value;
        using var message = settings.Compose(email, subject, htmlMessage);
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true));
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty);
        }

        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
