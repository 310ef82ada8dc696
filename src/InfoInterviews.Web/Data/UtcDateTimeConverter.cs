using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InfoInterviews.Web.Data;

/// <summary>
/// Instants are stored as UTC <see cref="DateTime"/> (SQLite can order and compare those in SQL, not
/// <see cref="DateTimeOffset"/>). A local time is converted on write; a time of unspecified kind is
/// taken as UTC; every time read back is marked UTC.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
