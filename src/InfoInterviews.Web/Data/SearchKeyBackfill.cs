using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// Gives rows saved before the folded keys existed their real keys. SQL cannot fold accents the way
/// <see cref="SearchKey"/> does, so the migration that adds the key columns fills them with a
/// provisional value (a space and the row's id: unique, and never a real key, which never starts with
/// a space), and this pass, run after the migrations at start-up, replaces each with the folded name.
/// See docs/decisions/0004-folded-name-keys.md.
/// </summary>
public static class SearchKeyBackfill
{
    /// <summary>What every provisional key starts with.</summary>
    public const string ProvisionalPrefix = " ";

    public static async Task RunAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await FillNameKeysAsync(db.Companies, nameof(Company.Name), nameof(Company.NameKey), cancellationToken);
        await FillNameKeysAsync(db.Tags, nameof(Tag.Name), nameof(Tag.NameKey), cancellationToken);
        await FillNameKeysAsync(db.Contacts, nameof(Contact.FullName), nameof(Contact.SearchKey), cancellationToken, unique: false);
        await FillNameKeysAsync(db.InterviewRequests, nameof(InterviewRequest.ContactName), nameof(InterviewRequest.ContactNameKey), cancellationToken, unique: false);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Folds each provisional row's name into its key. Where the key is unique per owner and two older
    /// rows fold to one key (say "École" and "Ecole"), the later row's key gets its id appended, so
    /// both rows stay as the user made them and the unique index holds.
    /// </summary>
    private static async Task FillNameKeysAsync<T>(DbSet<T> rows, string nameColumn, string keyColumn, CancellationToken cancellationToken, bool unique = true)
        where T : OwnedEntity
    {
        var pending = await rows.IgnoreQueryFilters()
            .Where(r => EF.Property<string>(r, keyColumn).StartsWith(ProvisionalPrefix))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.OwnerId, Name = EF.Property<string>(r, nameColumn) })
            .ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            var key = SearchKey.Fold(row.Name);
            if (unique && await rows.IgnoreQueryFilters().AnyAsync(r => r.OwnerId == row.OwnerId && EF.Property<string>(r, keyColumn) == key, cancellationToken))
            {
                key = $"{key} #{row.Id}";
            }

            await rows.IgnoreQueryFilters()
                .Where(r => r.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<string>(r, keyColumn), key), cancellationToken);
        }
    }
}
