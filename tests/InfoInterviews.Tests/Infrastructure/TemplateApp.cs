using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The app started once per test run on an empty database, so that its migrations and start-up
/// backfills run there as on a real install. Each test factory then copies that database instead of
/// migrating one of its own.
/// </summary>
internal sealed class TemplateApp(string provider, string connectionString, string dataDirectory) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Starts and stops the app on the database, then removes, through <paramref name="connection"/>
    /// (which it opens), what starting left behind that a copy must not inherit.
    /// </summary>
    public static void Prepare(string provider, string connectionString, DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var dataDirectory = Path.Combine(AppFactory.TestsDirectory, $"template-data-{Guid.NewGuid():N}");
        using (var app = new TemplateApp(provider, connectionString, dataDirectory))
        {
            _ = app.Services;
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        // Starting made a Data Protection key. Copied, every test database would hold the same key, in
        // plain form even where a test configures a certificate to encrypt the keys.
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM \"DataProtectionKeys\"";
        command.ExecuteNonQuery();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        AppFactory.UseDatabase(builder, provider, connectionString, dataDirectory);
}
