using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// Turns off SQLite's flush to disk on every connection the app opens. A test database is thrown away
/// after its class, so a commit that would not survive a power cut loses nothing, while the flush costs
/// several milliseconds on each of the suite's many thousand commits. Locking, transactions and what
/// every other connection reads stay exactly as they are.
/// </summary>
public sealed class SqliteWithoutSync : DbConnectionInterceptor
{
    public static SqliteWithoutSync Instance { get; } = new();

    private SqliteWithoutSync()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        TurnOff(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TurnOff(connection);
        return Task.CompletedTask;
    }

    private static void TurnOff(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = OFF";
        command.ExecuteNonQuery();
    }
}
