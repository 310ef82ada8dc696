using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InfoInterviews.Web.Storage;

/// <summary>
/// Lets one app instance at a time bring a PostgreSQL database up to date at start-up, so that instances
/// started together do not migrate, backfill or make the first Data Protection key side by side. EF Core's
/// own migration lock on PostgreSQL (a table lock on the migrations history, held for a transaction) does
/// not keep two instances on an empty database from applying the same migration: the second stops with
/// <c>index "IX_Contacts_OwnerId_CompanyId" does not exist</c>. Nor would it cover the backfills, which
/// would add the same follow-up twice, or the first key, of which each instance would make its own.
/// SQLite serves one instance, and EF Core's lock there already keeps two processes from migrating at once.
/// </summary>
public static class StartupLock
{
    // Any number every instance agrees on; advisory locks belong to one database, so other databases
    // on the server, each test's included, are not held up.
    private const long LockKey = 0x49_6E_66_6F_49_6E_74;

    /// <summary>
    /// Waits for the lock and returns the connection that holds it; closing that connection ends its
    /// session and so releases the lock, even when start-up fails half-way. Null on SQLite.
    /// </summary>
    public static async Task<NpgsqlConnection?> AcquireAsync(AppDbContext db, StorageOptions storage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        await CreateDatabaseIfMissingAsync(db, cancellationToken);

        // Unpooled, so that closing it really ends the session instead of parking it, lock and all, in the pool.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // No timeout: another instance's migrations may take longer than any command should.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The lock lives in the database, so the database must exist first. Instances started together on a
    /// server without it all try to create it: one succeeds, and the others are told it exists, or, when
    /// they checked at the same moment, meet the unique index on database names.
    /// </summary>
    private static async Task CreateDatabaseIfMissingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it between the check and the create.
        }
    }
}
