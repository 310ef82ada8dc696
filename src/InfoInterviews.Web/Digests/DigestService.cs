using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Digests;

/// <summary>
/// Sends each morning digest when it falls due. Several instances may run on one database: each claims a
/// digest with one conditional update of the user's next digest time, and only the instance whose update
/// changed the row sends, so no digest goes out twice. A claimed digest counts as sent even when nothing
/// is due or the mail fails: one mail a day at most matters more than a retry.
/// </summary>
public sealed partial class DigestService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestService> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Claims and sends every digest due now.</summary>
    /// <returns>How many mails this call sent.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var sent = 0;
        List<DueDigest> due;
        do
        {
            due = await FindDueAsync(now, cancellationToken);
            foreach (var digest in due)
            {
                if (await TryClaimAsync(digest, now, cancellationToken) && await SendAsync(digest.UserId, now, cancellationToken))
                {
                    sent++;
                }
            }
        }

        // Every digest handled leaves the due set, claimed here or by another instance, so this ends.
        while (due.Count == BatchSize);
        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    private async Task<List<DueDigest>> FindDueAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .Where(u => u.NextDigestUtc <= now)
            .OrderBy(u => u.NextDigestUtc)
            .Take(BatchSize)
            .Select(u => new DueDigest(u.Id, u.NextDigestUtc!.Value, u.DigestHour, u.TimeZoneId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Moves the user's next digest on, if no one else did since it was read.</summary>
    private async Task<bool> TryClaimAsync(DueDigest digest, DateTime now, CancellationToken cancellationToken)
    {
        var next = DigestSchedule.NextUtc(digest.Hour, TimeZones.FindOrUtc(digest.TimeZoneId), now, lastDigestUtc: now);
        await using var scope = scopes.CreateAsyncScope();
        var claimed = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.Id == digest.UserId && u.NextDigestUtc == digest.DueUtc)
            .ExecuteUpdateAsync(
                set => set.SetProperty(u => u.NextDigestUtc, next).SetProperty(u => u.LastDigestUtc, now),
                cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(string userId, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestMail>().SendAsync(userId, now, cancellationToken);
    }

    private sealed record DueDigest(string UserId, DateTime DueUtc, int Hour, string TimeZoneId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Sending the due digests failed; the next round tries those not yet claimed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
