using System.Text.RegularExpressions;
using System.Threading.Channels;
using Npgsql;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The app on a database of its own on the PostgreSQL server named by <c>INFOINTERVIEWS_PG</c> (a
/// connection string without a database name). The database is a copy of a template the app migrated
/// at its start, once per test run; it is copied before a test class asks for it and dropped after the
/// class, both in the background. Without the variable the tests skip, except under <c>CI=true</c>,
/// where they fail.
/// </summary>
public sealed partial class PostgresAppFactory : AppFactory
{
    public const string ServerVariable = "INFOINTERVIEWS_PG";

    internal static readonly string? PgServer = Environment.GetEnvironmentVariable(ServerVariable);

    private const string TemplatePrefix = "ii_template_";

    private const string DatabasePrefix = "ii_test_";

    private const int DropsAtOnce = 8;

    // The run's template and every database copied from it carry the run's id: a later run drops them
    // all once it can take the run's advisory lock.
    private static readonly string RunId = Guid.NewGuid().ToString("N");

    private static readonly string RunTemplateName = TemplatePrefix + RunId;

    private static readonly Lazy<string> TemplateName = new(CreateTemplate);

    private static readonly Lock CopyAheadLock = new();

    private static readonly Channel<string> ToDrop = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    private static readonly Lazy<Task> Dropper = new(() => Task.Run(DropQueuedAsync));

    private static NpgsqlConnection? templateLock;

    private static Task<string>? copyAhead;

    private readonly Lazy<string> databaseName = new(TakeCopy);

    /// <summary>Where failed attempts to drop a test database are written, for CI to show.</summary>
    public static string CleanupLog => Path.Combine(TestsDirectory, "postgres-cleanup.log");

    protected override string Provider => "Postgres";

    // A test database is thrown away after its class: a commit need not wait for its flush to disk,
    // which costs several milliseconds on each of the suite's many thousand commits. Every session
    // still sees every committed change at once.
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(PgServer)
    {
        Database = databaseName.Value,
        Options = "-c synchronous_commit=off",
    }.ConnectionString;

    protected override string? Unavailable => Prerequisites.Missing(
        PgServer is null, $"{ServerVariable} is not set: no PostgreSQL server to test against.");

    /// <summary>The server's own database, to create and drop others from; opened without pooling.</summary>
    internal static string MaintenanceDatabase => new NpgsqlConnectionStringBuilder(PgServer) { Database = "postgres", Pooling = false }.ConnectionString;

    protected override void CreateDatabase() => _ = databaseName.Value;

    protected override Task DropDatabaseAsync()
    {
        if (databaseName.IsValueCreated)
        {
            NpgsqlConnection.ClearAllPools();

            // DROP DATABASE waits for a checkpoint of the whole server: the next test class need not.
            DropLater(databaseName.Value);
        }

        return Task.CompletedTask;
    }

    private static void DropLater(string name)
    {
        ToDrop.Writer.TryWrite(name);
        _ = Dropper.Value;
    }

    /// <summary>
    /// Takes the copy made ahead and starts the next one: a copy takes the server half a second or more,
    /// spent while earlier classes run their tests.
    /// </summary>
    private static string TakeCopy()
    {
        Task<string> taken;
        lock (CopyAheadLock)
        {
            taken = copyAhead ?? Task.Run(CopyTemplate);
            copyAhead = taken.ContinueWith(_ => CopyTemplate(), TaskScheduler.Default);
        }

        return taken.GetAwaiter().GetResult();
    }

    private static string CopyTemplate()
    {
        // A copy is refused while anyone is connected to the template: the template is only ever
        // opened without pooling, so no idle connection of ours stays on it.
        var name = $"{DatabasePrefix}{RunId}_{Guid.NewGuid():N}"[..(DatabasePrefix.Length + RunId.Length + 17)];
        using var connection = new NpgsqlConnection(MaintenanceDatabase);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName.Value}\"", connection);
        command.ExecuteNonQuery();
        return name;
    }

    private static async Task DropQueuedAsync()
    {
        while (await ToDrop.Reader.WaitToReadAsync())
        {
            var batch = new List<string>();
            while (batch.Count < DropsAtOnce && ToDrop.Reader.TryRead(out var name))
            {
                batch.Add(name);
            }

            // Drops sent together share the checkpoint each of them waits for.
            await Task.WhenAll(batch.Select(DropOrLeaveAsync));
        }
    }

    private static async Task DropOrLeaveAsync(string name)
    {
        try
        {
            await DropAsync(name);
        }
        catch (NpgsqlException)
        {
            // Written to the cleanup log; the next run drops what this one could not.
        }
    }

    private static string CreateTemplate()
    {
        // Held until the test process ends, however it ends: a later run that can take the lock knows
        // this run is over and drops its databases (a test host gets too little time at exit to do it).
        templateLock = new NpgsqlConnection(MaintenanceDatabase);
        templateLock.Open();
        using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", templateLock))
        {
            command.Parameters.AddWithValue("name", RunTemplateName);
            command.ExecuteNonQuery();
        }

        DropDatabasesOfEndedRuns(templateLock);
        var connectionString = new NpgsqlConnectionStringBuilder(PgServer) { Database = RunTemplateName, Pooling = false }.ConnectionString;
        using var connection = new NpgsqlConnection(connectionString);
        TemplateApp.Prepare("Postgres", connectionString, connection);
        return RunTemplateName;
    }

    /// <summary>
    /// Drops, in the background, the databases of every run that is over. Their runs' locks are taken on
    /// <paramref name="lockConnection"/> and kept with this run's, so no other run drops them too.
    /// </summary>
    private static void DropDatabasesOfEndedRuns(NpgsqlConnection lockConnection)
    {
        var databasesByRun = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @template) OR starts_with(datname, @copy)", lockConnection))
        {
            list.Parameters.AddWithValue("template", TemplatePrefix);
            list.Parameters.AddWithValue("copy", DatabasePrefix);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                // Names of another form belong to runs that drop their own copies.
                var name = reader.GetString(0);
                if (RunDatabaseName().Match(name) is { Success: true } match && match.Groups["run"].Value != RunId)
                {
                    var run = TemplatePrefix + match.Groups["run"].Value;
                    databasesByRun.TryAdd(run, []);
                    databasesByRun[run].Add(name);
                }
            }
        }

        foreach (var (run, names) in databasesByRun)
        {
            using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@name))", lockConnection);
            tryLock.Parameters.AddWithValue("name", run);
            if (tryLock.ExecuteScalar() is true)
            {
                names.ForEach(DropLater);
            }
        }
    }

    [GeneratedRegex("^(ii_template_(?<run>[0-9a-f]{32})|ii_test_(?<run>[0-9a-f]{32})_[0-9a-f]{16})$")]
    private static partial Regex RunDatabaseName();

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
            catch (NpgsqlException e)
            {
                var reason = e is PostgresException refused ? $"{refused.SqlState} {refused.MessageText} {refused.Detail}" : e.Message;
                Directory.CreateDirectory(Path.GetDirectoryName(CleanupLog)!);
                await File.AppendAllTextAsync(CleanupLog, $"{name}: attempt {attempt}: {reason}{Environment.NewLine}");
                if (attempt == 5)
                {
                    throw;
                }

                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
