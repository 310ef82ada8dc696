namespace InfoInterviews.Web.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives: <c>Database:Provider</c> and <c>ConnectionStrings:Default</c>.</summary>
public sealed record StorageOptions(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static StorageOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerName}'.");

        var dataDirectory = Path.GetFullPath(configuration["Storage:DataDirectory"] ?? Path.Combine(environment.ContentRootPath, "data"));
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Default.");
            }

            connectionString = $"Data Source={Path.Combine(dataDirectory, "infointerviews.db")}";
        }

        return new StorageOptions(provider, connectionString, dataDirectory);
    }
}
