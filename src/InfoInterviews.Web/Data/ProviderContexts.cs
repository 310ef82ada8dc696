using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>The model on SQLite, with its own migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);

/// <summary>The model on PostgreSQL, with its own migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);
