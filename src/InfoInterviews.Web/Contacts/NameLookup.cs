using System.Globalization;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>A company or tag a typed name stands for: its id and the name as the user wrote it.</summary>
public sealed record NamedChoice(int Id, string Name);

/// <summary>
/// Companies and tags found by what the user types, on the folded name key that the unique index
/// (owner, key) holds, so that a suggestion or a filter reads a few index entries however large the
/// workspace: the typeahead fields' suggestions, and the list filters that take a name.
/// </summary>
public sealed class NameLookup(AppDbContext db)
{
    /// <summary>At most this many names are suggested: enough to pick from, little enough to send as one keystroke's answer.</summary>
    public const int SuggestionLimit = 20;

    public Task<IReadOnlyList<string>> SuggestCompaniesAsync(string typed, CancellationToken cancellationToken) =>
        SuggestAsync(db.Companies, typed, cancellationToken);

    public Task<IReadOnlyList<string>> SuggestTagsAsync(string typed, CancellationToken cancellationToken) =>
        SuggestAsync(db.Tags, typed, cancellationToken);

    /// <summary>
    /// The company a list's filter names, or null when none is typed. A name nobody has adds its message
    /// to <paramref name="modelState"/> under <paramref name="field"/>, and the list leaves the filter out.
    /// </summary>
    public async Task<NamedChoice?> CompanyFilterAsync(string? typed, ModelStateDictionary modelState, string field, CancellationToken cancellationToken) =>
        Reported(await FindAsync(db.Companies, typed, cancellationToken), typed, "company", modelState, field);

    /// <summary>As <see cref="CompanyFilterAsync"/>, for a tag.</summary>
    public async Task<NamedChoice?> TagFilterAsync(string? typed, ModelStateDictionary modelState, string field, CancellationToken cancellationToken) =>
        Reported(await FindAsync(db.Tags, typed, cancellationToken), typed, "tag", modelState, field);

    private static async Task<IReadOnlyList<string>> SuggestAsync<T>(IQueryable<T> rows, string typed, CancellationToken cancellationToken)
        where T : class, INamedByKey
    {
        var key = SearchKey.Fold(typed);
        if (key.Length == 0 || key[^1] == char.MaxValue)
        {
            return [];
        }

        // Keys that start with the typed key sort between it and the key with its last character
        // raised: a range the (owner, key) index reads directly, where a LIKE would scan the owner's rows.
        // The prefix test keeps the answer exact where the column's collation orders unlike ordinal text.
        var next = string.Concat(key.AsSpan(0, key.Length - 1), [(char)(key[^1] + 1)]);
#pragma warning disable CA1309 // Translated to the database's own comparison, which the index is ordered by.
        var query = rows.AsNoTracking()
            .Where(r => string.Compare(r.NameKey, key) >= 0 && string.Compare(r.NameKey, next) < 0 && r.NameKey.StartsWith(key));
#pragma warning restore CA1309
        return await query
            .OrderBy(r => r.NameKey)
            .Take(SuggestionLimit)
            .Select(r => r.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The row of this name; failing that, of this id, which links from elsewhere in the app carry
    /// (a company's page to its interviews, a tag to its contacts). A name wins over an id it spells.
    /// </summary>
    private static async Task<NamedChoice?> FindAsync<T>(IQueryable<T> rows, string? typed, CancellationToken cancellationToken)
        where T : class, INamedByKey
    {
        var key = SearchKey.Fold(typed);
        if (key.Length == 0)
        {
            return null;
        }

        var query = rows.AsNoTracking();
        query = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? query.Where(r => r.NameKey == key || r.Id == id)
            : query.Where(r => r.NameKey == key);
        var found = await query.Select(r => new { r.Id, r.Name, r.NameKey }).Take(2).ToListAsync(cancellationToken);
        var match = found.Find(r => r.NameKey == key) ?? found.FirstOrDefault();
        return match is null ? null : new NamedChoice(match.Id, match.Name);
    }

    private static NamedChoice? Reported(NamedChoice? found, string? typed, string kind, ModelStateDictionary modelState, string field)
    {
        if (found is null && !string.IsNullOrWhiteSpace(typed))
        {
            modelState.AddModelError(field, $"You have no {kind} named “{typed.Trim()}”.");
        }

        return found;
    }
}
