using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoInterviews.Web.Storage;

/// <summary>
/// Sets SQLite's <c>synchronous</c> level, how often a commit waits for the disk, on every connection
/// opened: the level belongs to the connection, not to the file.
/// </summary>
public sealed class SqliteSynchronous : DbConnectionInterceptor
{
    private static readonly string[] Levels = ["OFF", "NORMAL", "FULL", "EXTRA"];

    private readonly string statement;

    public SqliteSynchronous(string level)
    {
        if (!Levels.Contains(level, StringComparer.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"SQLite's synchronous level is one of {string.Join(", ", Levels)}.");
        }

        statement = $"PRAGMA synchronous = {level}";
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private void Set(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }
}
