using InfoInterviews.Web.Storage;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>With no mail server configured, each message is written as an .eml file to data/outbox.</summary>
public sealed partial class OutboxEmailSender(
    IOptions<MailOptions> options,
    StorageOptions storage,
    TimeProvider time,
    ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public string Folder => Path.Combine(storage.DataDirectory, "outbox");

    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        using var message = options.Value.Compose(email, subject, htmlMessage);
        await message.WriteToAsync(path);
        LogKept(logger, path);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "No mail server is configured: message kept in {Path}")]
    private static partial void LogKept(ILogger logger, string path);
}
