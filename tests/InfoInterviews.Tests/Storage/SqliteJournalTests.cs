using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Storage;

/// <summary>
/// The app writes a SQLite file through the write-ahead log whatever made the file, and flushes it at
/// checkpoints rather than at every commit (docs/decisions/0017-sqlite-write-ahead-log-on-every-start.md).
/// </summary>
public sealed class SqliteJournalTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [SkippableFact]
    public void Start_up_puts_a_file_kept_with_a_rollback_journal_in_WAL_mode()
    {
        var connectionString = DatabaseConnectionString();

        // A copy made with VACUUM INTO, or a file restored from such a copy, comes in rollback-journal mode.
        SqliteConnection.ClearAllPools();
        Assert.Equal("delete", Pragma(connectionString, "journal_mode = DELETE"));

        using (var restarted = factory.WithWebHostBuilder(_ => { }))
        {
            _ = restarted.Services;
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal("wal", Pragma(connectionString, "journal_mode"));
    }

    [SkippableFact]
    public void The_apps_connections_flush_at_checkpoints_not_at_every_commit()
    {
        // The tests' own interceptor turns flushing off after the app's has set it; the app's is checked here alone.
        using var scope = factory.Services.CreateScope();
        var appOptions = scope.ServiceProvider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>();
        Assert.Contains(SqliteJournal.FlushAtCheckpoints, appOptions.GetExtension<CoreOptionsExtension>().Interceptors ?? []);

        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(DatabaseConnectionString())
            .AddInterceptors(SqliteJournal.FlushAtCheckpoints)
            .Options;
        using var db = new SqliteAppDbContext(options, new NoUser());
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        // 1 is NORMAL; SQLite's default is 2, FULL.
        Assert.Equal(1L, command.ExecuteScalar());
    }

    private string DatabaseConnectionString()
    {
        var (scope, db) = factory.CreateDbContextFor(null);
        using (scope)
        {
            return new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString;
        }
    }

    private static string? Pragma(string connectionString, string pragma)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return command.ExecuteScalar() as string;
    }

    private sealed class NoUser : ICurrentUser
    {
        public string? Id => null;
    }
}
