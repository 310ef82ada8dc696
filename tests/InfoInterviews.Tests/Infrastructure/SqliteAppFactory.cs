using Microsoft.Data.Sqlite;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>The app on a fresh SQLite file, migrated at start like a real install.</summary>
public sealed class SqliteAppFactory : AppFactory
{
    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "app.db")}";

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
