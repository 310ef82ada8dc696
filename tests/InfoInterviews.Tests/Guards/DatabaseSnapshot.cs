using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Guards;

/// <summary>
/// Every owned row of the database (each with its key and version) and every account (with its
/// stamps), as lines to compare before and after: a change anywhere shows as a line added or gone.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(AppFactory factory, string? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (scope, db) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            var lines = new List<string>();
            var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
            foreach (var entityType in db.Model.GetEntityTypes().Where(t => typeof(IOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
            {
                var rows = await ((IQueryable<IOwned>)set.MakeGenericMethod(entityType.ClrType).Invoke(db, null)!)
                    .IgnoreQueryFilters().AsNoTracking()
                    .Where(r => ownerId == null || r.OwnerId == ownerId)
                    .ToListAsync();
                var key = entityType.FindPrimaryKey()!.Properties;
                lines.AddRange(rows.Select(row =>
                {
                    var keyValues = string.Join(",", key.Select(p => p.PropertyInfo!.GetValue(row)));
                    var version = row is OwnedEntity versioned ? versioned.Version.ToString() : "-";
                    return $"{entityType.ClrType.Name}#{keyValues} owner {row.OwnerId} version {version}";
                }));
            }

            lines.AddRange(await db.Users.AsNoTracking()
                .Where(u => ownerId == null || u.Id == ownerId)
                .Select(u => "User#" + u.Id + " " + u.Email + " " + u.ConcurrencyStamp + " " + u.SecurityStamp + " " + u.DisplayName)
                .ToListAsync());
            return lines.Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Fails with the lines that changed, if any.</summary>
    public static void AssertUnchanged(IReadOnlyList<string> before, IReadOnlyList<string> after, string what)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var gone = before.Except(after).ToList();
        var added = after.Except(before).ToList();
        Assert.True(gone.Count == 0 && added.Count == 0,
            $"{what} changed the database.\nGone or changed:\n  {string.Join("\n  ", gone)}\nAdded or changed:\n  {string.Join("\n  ", added)}");
    }
}
