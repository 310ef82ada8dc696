using MimeKit;

namespace InfoInterviews.Web.Accounts;

/// <summary>The <c>Smtp</c> section. With no host, mail is kept in the outbox folder instead of sent.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Auto, None, SslOnConnect or StartTls.</summary>
    public string Security { get; set; } = "Auto";

    public string From { get; set; } = "InfoInterviews <no-reply@infointerviews.local>";

    public MimeMessage Compose(string to, string subject, string html) => new()
    {
        From = { MailAddresses.Parse(From) },
        To = { MailAddresses.Parse(to) },
        Subject = subject,
        Body = new BodyBuilder { HtmlBody = html }.ToMessageBody(),
    };
}
