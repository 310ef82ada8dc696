using Microsoft.Data.Sqlite;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>The app on a SQLite file of its own: a copy of a template file the app migrated at its start.</summary>
public sealed class SqliteAppFactory : AppFactory
{
    private static readonly Lazy<string> TemplatePath = new(CreateTemplate);

    private string DatabasePath => Path.Combine(DataDirectory, "app.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={DatabasePath}";

    protected override void CreateDatabase()
    {
        Directory.CreateDirectory(DataDirectory);
        File.Copy(TemplatePath.Value, DatabasePath);
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    private static string CreateTemplate()
    {
        var directory = Path.Combine(TestsDirectory, $"template-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "app.db");

        // Without pooling, the last connection to close checkpoints the write-ahead log into the file
        // and removes the log, so the one file is the whole database (still in WAL mode) to copy.
        var connectionString = $"Data Source={path};Pooling=False";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        using var connection = new SqliteConnection(connectionString);
        TemplateApp.Prepare("Sqlite", connectionString, connection);
        return path;
    }
}
