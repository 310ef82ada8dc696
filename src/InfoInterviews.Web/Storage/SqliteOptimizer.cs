using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Storage;

/// <summary>
/// Keeps SQLite's query planner statistics current, as SQLite recommends: <c>PRAGMA optimize</c> at
/// start and every hour. Without statistics the planner guesses between two indexes that both match
/// (owner, or owner and contact), and a contact's page can end up scanning all of the user's rows.
/// PostgreSQL does the same for itself (autovacuum).
/// </summary>
public sealed partial class SqliteOptimizer(IServiceScopeFactory scopes, TimeProvider time, ILogger<SqliteOptimizer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task OptimizeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // 0x10002: consider every table, not only those this connection queried; the limit bounds the work.
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await OptimizeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "PRAGMA optimize failed; the planner keeps its older statistics")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
