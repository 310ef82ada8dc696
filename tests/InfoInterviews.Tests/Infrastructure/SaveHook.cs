using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// Runs a test's action once, just before the app's next save sends its first statement (before the
/// save's transaction begins, where it has one), to play a second request that gets to the database
/// first: a race made deterministic. Tests in one class run one at a time, so an armed action meets the
/// save of the request the test sends next. It also notes whether each save ran inside a transaction.
/// </summary>
public sealed class SaveHook : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private Func<Task>? next;

    /// <summary>Whether the last save the app made ran inside a transaction; null before any save.</summary>
    public bool? LastSaveInTransaction { get; private set; }

    public void BeforeNextSave(Func<Task> action) => next = action;

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await RunArmedActionAsync();
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        LastSaveInTransaction = eventData.Context?.Database.CurrentTransaction is not null;
        await RunArmedActionAsync();
        return result;
    }

    private async Task RunArmedActionAsync()
    {
        // Taken before it runs, so the action's own save does not run it again.
        if (Interlocked.Exchange(ref next, null) is { } action)
        {
            await action();
        }
    }
}
