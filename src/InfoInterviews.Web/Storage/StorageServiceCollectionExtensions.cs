using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    private const string KeyCheckPurpose = "InfoInterviews.Startup.KeyCheck";

    /// <summary>The database context for the configured provider, its health check, and Data Protection keys kept in it.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddSingleton(storage);
        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());

        if (storage.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(options => options.UseNpgsql(storage.ConnectionString));
        }
        else
        {
            Directory.CreateDirectory(storage.DataDirectory);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(options => options.UseSqlite(storage.ConnectionString).AddInterceptors(SqliteJournal.FlushAtCheckpoints));
            services.AddSingleton<SqliteOptimizer>();
            services.AddHostedService(sp => sp.GetRequiredService<SqliteOptimizer>());
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        // Keys in the database let several app instances on one PostgreSQL share sign-in cookies. They are
        // stored in plain form unless AddKeyEncryption is given a certificate.
        services.AddDataProtection()
            .SetApplicationName("InfoInterviews")
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>
    /// Brings the database to the latest migration, creating it if missing, and a SQLite file to WAL mode; then
    /// fills what SQL could not compute: the folded keys, the contacts' match keys, the HTML of notes, and
    /// the keep-in-touch follow-up of every contact with a rhythm. Last it makes sure a Data Protection key
    /// is in the database. On PostgreSQL all of it runs under <see cref="StartupLock"/>, one instance at a time.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using (await StartupLock.AcquireAsync(db, app.Services.GetRequiredService<StorageOptions>()))
        {
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                await SqliteJournal.UseWriteAheadLogAsync(db, CancellationToken.None);
            }

            await SearchKeyBackfill.RunAsync(db);
            await MatchKeyBackfill.RunAsync(db);
            await RenderedNotesBackfill.RunAsync(db, scope.ServiceProvider.GetRequiredService<IMarkdownRenderer>());
            await KeepInTouchBackfill.RunAsync(app.Services);

            // The key ring is read, and a key made if there is none, on first use. Under the lock, the first
            // instance makes the key and the others read it, so all sign with one key from the start.
            // Otherwise each instance started on an empty key table makes a key of its own, and once
            // the few minutes in which an unknown key sends it back to the database are over, an
            // instance may refuse the cookies and forms another one signed.
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(KeyCheckPurpose).Protect([]);
        }
    }
}
