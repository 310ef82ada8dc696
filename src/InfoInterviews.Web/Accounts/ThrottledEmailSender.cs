using System.Collections.Concurrent;
using InfoInterviews.Web.Hosting;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Every message the app sends passes here: past the hourly limit for one address the message is
/// dropped and logged, and the page that asked answers as usual, so no form can flood an inbox and the
/// answer tells nothing about the limit. Counts are kept per app instance.
/// </summary>
public sealed partial class ThrottledEmailSender(
    IEmailSender inner,
    IOptions<RateLimitOptions> options,
    TimeProvider time,
    ILogger<ThrottledEmailSender> logger) : IEmailSender
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> sent = new(StringComparer.OrdinalIgnoreCase);

    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!TryReserve(email.Trim()))
        {
            LogDropped(logger, subject);
            return;
        }

        await inner.SendEmailAsync(email, subject, htmlMessage);
    }

    private bool TryReserve(string address)
    {
        var now = time.GetUtcNow();
        var times = sent.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() >= Window)
            {
                times.Dequeue();
            }

            if (times.Count >= options.Value.MailsPerAddressPerHour)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Message '{Subject}' dropped: its address had its hourly share of mail")]
    private static partial void LogDropped(ILogger logger, string subject);
}
