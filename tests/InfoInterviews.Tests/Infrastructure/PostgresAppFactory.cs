using Npgsql;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The app on a database of its own on the PostgreSQL server named by <c>INFOINTERVIEWS_PG</c> (a
/// connection string without a database name). The database is created from a template the app
/// migrated at its start, once per test run, and dropped afterwards. Without the variable the tests
/// skip, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class PostgresAppFactory : AppFactory
{
    public const string ServerVariable = "INFOINTERVIEWS_PG";

    internal static readonly string? PgServer = Environment.GetEnvironmentVariable(ServerVariable);

    private const string TemplatePrefix = "ii_template_";

    private static readonly Lazy<string> TemplateName = new(CreateTemplate);

    private static NpgsqlConnection? templateLock;

    private readonly string databaseName = $"ii_test_{Guid.NewGuid():N}";

    /// <summary>Where failed attempts to drop a test database are written, for CI to show.</summary>
    public static string CleanupLog => Path.Combine(TestsDirectory, "postgres-cleanup.log");

    protected override string Provider => "Postgres";

    // A test database is thrown away after its class: a commit need not wait for its flush to disk,
    // which costs several milliseconds on each of the suite's many thousand commits. Every session
    // still sees every committed change at once.
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(PgServer)
    {
        Database = databaseName,
        Options = "-c synchronous_commit=off",
    }.ConnectionString;

    protected override string? Unavailable => Prerequisites.Missing(
        PgServer is null, $"{ServerVariable} is not set: no PostgreSQL server to test against.");

    /// <summary>The server's own database, to create and drop others from; opened without pooling.</summary>
    internal static string MaintenanceDatabase => new NpgsqlConnectionStringBuilder(PgServer) { Database = "postgres", Pooling = false }.ConnectionString;

    protected override void CreateDatabase()
    {
        // A copy is refused while anyone is connected to the template: the template is only ever
        // opened without pooling, so no idle connection of ours stays on it.
        using var connection = new NpgsqlConnection(MaintenanceDatabase);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\" TEMPLATE \"{TemplateName.Value}\"", connection);
        command.ExecuteNonQuery();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (PgServer is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await DropAsync(databaseName);
    }

    private static string CreateTemplate()
    {
        DropTemplatesOfEndedRuns();
        var name = $"{TemplatePrefix}{Guid.NewGuid():N}";

        // Held until the test process ends, however it ends: a later run that can take the lock knows
        // this run is over and drops its template (a test host gets too little time at exit to do it).
        templateLock = new NpgsqlConnection(MaintenanceDatabase);
        templateLock.Open();
        using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", templateLock))
        {
            command.Parameters.AddWithValue("name", name);
            command.ExecuteNonQuery();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(PgServer) { Database = name, Pooling = false }.ConnectionString;
        using var connection = new NpgsqlConnection(connectionString);
        TemplateApp.Prepare("Postgres", connectionString, connection);
        return name;
    }

    private static void DropTemplatesOfEndedRuns()
    {
        using var connection = new NpgsqlConnection(MaintenanceDatabase);
        connection.Open();
        var names = new List<string>();
        using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection))
        {
            list.Parameters.AddWithValue("prefix", TemplatePrefix);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@name))", connection);
            tryLock.Parameters.AddWithValue("name", name);
            if (tryLock.ExecuteScalar() is true)
            {
                DropAsync(name).GetAwaiter().GetResult();
                using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection);
                unlock.Parameters.AddWithValue("name", name);
                unlock.ExecuteNonQuery();
            }
        }
    }

    internal static async Task DropAsync(string name)
    {
        // FORCE ends the database's sessions, but a role without superuser rights cannot end the
        // autovacuum worker that may be analysing the freshly migrated database (42501), and a session
        // may take more than FORCE's few seconds to go (55006). Both pass: try again, noting each
        // failed attempt for CI to show.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(MaintenanceDatabase);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 5)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(CleanupLog)!);
                await File.AppendAllTextAsync(CleanupLog, $"{name}: attempt {attempt}: {e.SqlState} {e.MessageText} {e.Detail}{Environment.NewLine}");
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
