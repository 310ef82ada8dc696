using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// Asks SQLite how it would run each query the app sends while recording is on, on the same connection
/// and with the same parameters, so that a test can assert that a request reads no table whole.
/// </summary>
public sealed partial class SqliteQueryPlans : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, string Step)> steps = new();
    private volatile bool recording;

    /// <summary>Each step of the plan of each query sent while <paramref name="work"/> runs, with the query's SQL.</summary>
    public async Task<IReadOnlyList<(string Sql, string Step)>> RecordAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        steps.Clear();
        recording = true;
        try
        {
            await work();
        }
        finally
        {
            recording = false;
        }

        return [.. steps];
    }

    /// <summary>Whether a step of a plan searches an owner index by the owner alone: every row the user has in that table.</summary>
    public static bool ReadsByOwnerAlone(string step) => ByOwnerAlone().IsMatch(step);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Explain(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Explain(command);
        return ValueTask.FromResult(result);
    }

    private void Explain(DbCommand command)
    {
        if (!recording || !command.CommandText.StartsWith("SELECT", StringComparison.Ordinal))
        {
            return;
        }

        using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = $"EXPLAIN QUERY PLAN {command.CommandText}";
        foreach (DbParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        }

        using var reader = explain.ExecuteReader();
        while (reader.Read())
        {
            steps.Enqueue((command.CommandText, reader.GetString(3)));
        }
    }

    [GeneratedRegex(@"USING (COVERING )?INDEX IX_\w+_OwnerId\w* \(OwnerId=\?\)$")]
    private static partial Regex ByOwnerAlone();
}
