using System.Collections.Concurrent;

namespace InfoInterviews.Web.Data;

/// <summary>
/// One writer at a time per database file, in this process, waiting without a thread. SQLite lets one
/// connection write at a time, and Microsoft.Data.Sqlite waits for a busy write lock by sleeping the
/// thread and polling every 150 ms: under sixteen concurrent saves that parks thread-pool threads and
/// adds up to a poll interval to every save. Saves that take their turn here meet no busy database
/// (readers never block a writer under WAL), and wait in line asynchronously instead.
/// </summary>
public static class WriteTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    /// <summary>The turn this flow holds, so that a save made while it saves (a nested save) does not wait for itself.</summary>
    private static readonly AsyncLocal<SemaphoreSlim?> Held = new();

    /// <summary>
    /// Waits for the turn to write to <paramref name="database"/> and returns it, to be released once the
    /// transaction has ended; or returns null when this flow already holds it.
    /// </summary>
    public static async Task<SemaphoreSlim?> TakeAsync(string database, CancellationToken cancellationToken)
    {
        var turn = Turns.GetOrAdd(database, _ => new SemaphoreSlim(1, 1));
        if (ReferenceEquals(Held.Value, turn))
        {
            return null;
        }

        await turn.WaitAsync(cancellationToken);
        return turn;
    }

    /// <summary>Marks the flow from here on as holding <paramref name="turn"/>; set by the caller, since an async method's own changes do not flow back out of it.</summary>
    public static void MarkHeld(SemaphoreSlim turn) => Held.Value = turn;
}
