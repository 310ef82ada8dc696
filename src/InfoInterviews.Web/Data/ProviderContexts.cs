using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>The model on SQLite, with its own migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser)
{
    /// <summary>
    /// A save of one statement that EF Core sends without a transaction commits when the statement is
    /// reset, and Microsoft.Data.Sqlite 10 does not wait out a busy database there: under concurrent
    /// writes it fails with "database is locked" (dotnet/efcore#36295). Its transaction begins with
    /// <c>BEGIN IMMEDIATE</c>, which waits for the write lock within the command timeout; inside it no
    /// statement meets another writer, and the <c>COMMIT</c> is retried while busy.
    /// </summary>
    protected override bool SavesInTransaction => true;

    protected override Task<SemaphoreSlim?> TakeWriteTurnAsync(CancellationToken cancellationToken) =>
        WriteTurns.TakeAsync(Database.GetConnectionString() ?? string.Empty, cancellationToken);
}

/// <summary>The model on PostgreSQL, with its own migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);
