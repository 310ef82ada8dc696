using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Storage;

/// <summary>
/// How the app writes a SQLite file: through the write-ahead log, flushed to disk when the log is
/// checkpointed rather than at every commit (docs/decisions/0017-sqlite-write-ahead-log-on-every-start.md).
/// </summary>
public static class SqliteJournal
{
    /// <summary>
    /// In WAL mode, NORMAL keeps every commit across a crash of the app and never corrupts the file; a
    /// power cut may lose the last commits before a checkpoint. FULL, SQLite's default, flushes the log at
    /// every commit, inside the write turn that all saves wait in.
    /// </summary>
    public static SqliteSynchronous FlushAtCheckpoints { get; } = new("NORMAL");

    /// <summary>
    /// Puts the file in WAL mode, which it keeps. A file made by the app's first start already is; one
    /// made otherwise (a copy by <c>VACUUM INTO</c>, a restored backup, another tool) is in rollback-journal
    /// mode, where a commit waits for every reader and blocks new ones, each retrying after a sleep.
    /// </summary>
    public static Task UseWriteAheadLogAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal';", cancellationToken);
    }
}
