using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Npgsql;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// Several instances of the app on one PostgreSQL database, as behind a load balancer. Each instance is a
/// host of its own with its own service provider, so each keeps its own Data Protection key ring, caches
/// and options in memory; they share only the database. The database starts empty (or missing), not as a
/// copy of the migrated template, and the instances start together: each waits at the end of building its
/// host until all have got there, so that they migrate and make their first key at the same moment.
/// </summary>
public sealed class AppInstances : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string databaseName = $"ii_instances_{Guid.NewGuid():N}";

    private readonly List<Instance> instances = [];

    public AppInstances(int count)
    {
        var unavailable = Prerequisites.Missing(
            PostgresAppFactory.PgServer is null, $"{PostgresAppFactory.ServerVariable} is not set: no PostgreSQL server to test against.");
        Skip.If(unavailable is not null, unavailable);
        var together = new Barrier(count);
        for (var i = 0; i < count; i++)
        {
            instances.Add(new Instance(ConnectionString, together));
        }
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresAppFactory.PgServer) { Database = databaseName }.ConnectionString;

    public WebApplicationFactory<Program> this[int index] => instances[index];

    /// <summary>Creates the database empty, or leaves it for the instances to create, and starts every instance at once.</summary>
    public async Task StartAsync(bool createDatabase = true)
    {
        if (createDatabase)
        {
            await using var connection = new NpgsqlConnection(PostgresAppFactory.MaintenanceDatabase);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.Services)));
    }

    /// <summary>A client of one instance that keeps its cookies in <paramref name="cookies"/>, shared with clients of the others, and does not follow redirects.</summary>
    public AppClient CreateClient(int index, System.Net.CookieContainer cookies) =>
        new(instances[index].CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await PostgresAppFactory.DropAsync(databaseName);
    }

    private sealed class Instance(string connectionString, Barrier together) : WebApplicationFactory<Program>
    {
        private readonly string dataDirectory = Path.Combine(AppFactory.TestsDirectory, $"instance-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            AppFactory.UseDatabase(builder, "Postgres", connectionString, dataDirectory);
            builder.UseSetting("Digest:Interval", "00:00:00");

            // Runs while the host is built, just before the app migrates the database.
            builder.ConfigureServices(_ =>
            {
                if (!together.SignalAndWait(StartTimeout))
                {
                    throw new TimeoutException("The other app instances did not get as far as starting.");
                }
            });
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }
}
