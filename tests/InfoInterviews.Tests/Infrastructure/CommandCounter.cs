using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app sends while a test has counting on.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;
    private volatile bool counting;

    /// <summary>Counts the commands sent while <paramref name="work"/> runs.</summary>
    public async Task<int> CountAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Exchange(ref count, 0);
        counting = true;
        try
        {
            await work();
        }
        finally
        {
            counting = false;
        }

        return Volatile.Read(ref count);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Note();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Note();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note();
        return ValueTask.FromResult(result);
    }

    private void Note()
    {
        if (counting)
        {
            Interlocked.Increment(ref count);
        }
    }
}
