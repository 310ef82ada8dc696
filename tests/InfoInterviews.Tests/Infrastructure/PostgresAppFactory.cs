using Npgsql;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The app on a database of its own on the PostgreSQL server named by <c>INFOINTERVIEWS_PG</c> (a
/// connection string without a database name). The database is created by the app's migrations and
/// dropped afterwards. Without the variable the tests skip, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class PostgresAppFactory : AppFactory
{
    public const string ServerVariable = "INFOINTERVIEWS_PG";

    private static readonly string? PgServer = Environment.GetEnvironmentVariable(ServerVariable);

    private readonly string databaseName = $"ii_test_{Guid.NewGuid():N}";

    /// <summary>Where failed attempts to drop a test database are written, for CI to show.</summary>
    public static string CleanupLog => Path.Combine(Path.GetTempPath(), "infointerviews-tests", "postgres-cleanup.log");

    protected override string Provider => "Postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(PgServer) { Database = databaseName }.ConnectionString;

    protected override string? Unavailable => Prerequisites.Missing(
        PgServer is null, $"{ServerVariable} is not set: no PostgreSQL server to test against.");

    protected override async Task DropDatabaseAsync()
    {
        if (PgServer is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(PgServer) { Database = "postgres", Pooling = false }.ConnectionString;

        // FORCE ends the database's sessions, but a role without superuser rights cannot end the
        // autovacuum worker that may be analysing the freshly migrated database (42501), and a session
        // may take more than FORCE's few seconds to go (55006). Both pass: try again, noting each
        // failed attempt for CI to show.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 5)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(CleanupLog)!);
                await File.AppendAllTextAsync(CleanupLog, $"{databaseName}: attempt {attempt}: {e.SqlState} {e.MessageText} {e.Detail}{Environment.NewLine}");
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
