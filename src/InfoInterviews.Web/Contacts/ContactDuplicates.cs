using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>Why contacts look like one person, in the order of <see cref="ContactMatchKeys"/>.</summary>
public enum DuplicateKind
{
    LinkedIn = 1,
    Email = 2,
    NameAtCompany = 3,
}

/// <summary>Contacts sharing one match key: how many, and the oldest record, which a merge keeps by default.</summary>
public sealed record DuplicateGroup
{
    public DuplicateKind Kind { get; init; }

    public string Key { get; init; } = string.Empty;

    public int? CompanyId { get; init; }

    public int Size { get; init; }

    public int FirstId { get; init; }
}

/// <summary>A contact in a group of likely duplicates, or matching a contact about to be added.</summary>
public sealed record DuplicateMember(int Id, string FullName, string? Email, string? CompanyName, string? Role, bool IsArchived, string? LinkedInKey, string? EmailKey, string SearchKey, int? CompanyId)
{
    public bool IsIn(DuplicateGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Kind switch
        {
            DuplicateKind.LinkedIn => LinkedInKey == group.Key,
            DuplicateKind.Email => EmailKey == group.Key,
            _ => SearchKey == group.Key && CompanyId == group.CompanyId,
        };
    }
}

/// <summary>
/// Finds likely duplicates on the stored match keys of <see cref="ContactMatchKeys"/>: groups of the
/// user's contacts, computed in the database by grouping on the indexed keys, and the contacts a new
/// one would duplicate.
/// </summary>
public sealed class ContactDuplicates(AppDbContext db)
{
    /// <summary>How many matches the add-contact form names at most.</summary>
    public const int MatchesShown = 5;

    /// <summary>Every group of two or more contacts sharing a key, oldest record first.</summary>
    public IQueryable<DuplicateGroup> Groups()
    {
        var byLinkedIn = db.Contacts.AsNoTracking()
            .Where(c => c.LinkedInKey != null)
            .GroupBy(c => c.LinkedInKey)
            .Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup { Kind = DuplicateKind.LinkedIn, Key = g.Key!, CompanyId = null, Size = g.Count(), FirstId = g.Min(c => c.Id) });
        var byEmail = db.Contacts.AsNoTracking()
            .Where(c => c.EmailKey != null)
            .GroupBy(c => c.EmailKey)
            .Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup { Kind = DuplicateKind.Email, Key = g.Key!, CompanyId = null, Size = g.Count(), FirstId = g.Min(c => c.Id) });
        var byNameAtCompany = db.Contacts.AsNoTracking()
            .Where(c => c.CompanyId != null)
            .GroupBy(c => new { c.SearchKey, c.CompanyId })
            .Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup { Kind = DuplicateKind.NameAtCompany, Key = g.Key.SearchKey, CompanyId = g.Key.CompanyId, Size = g.Count(), FirstId = g.Min(c => c.Id) });
        return byLinkedIn.Concat(byEmail).Concat(byNameAtCompany)
            .OrderBy(g => g.FirstId).ThenBy(g => g.Kind).ThenBy(g => g.Key);
    }

    /// <summary>The contacts of <paramref name="groups"/>, in one query.</summary>
    public async Task<IReadOnlyList<DuplicateMember>> MembersAsync(IReadOnlyCollection<DuplicateGroup> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var linkedInKeys = KeysOf(groups, DuplicateKind.LinkedIn);
        var emailKeys = KeysOf(groups, DuplicateKind.Email);
        var nameKeys = KeysOf(groups, DuplicateKind.NameAtCompany);
        var companyIds = groups.Where(g => g.Kind == DuplicateKind.NameAtCompany).Select(g => g.CompanyId).Distinct().ToList();

        // Name keys and company ids are matched apart in SQL; a name at another group's company is dropped here.
        var candidates = await Members(db.Contacts.Where(c =>
                linkedInKeys.Contains(c.LinkedInKey!)
                || emailKeys.Contains(c.EmailKey!)
                || (nameKeys.Contains(c.SearchKey) && companyIds.Contains(c.CompanyId))))
            .ToListAsync(cancellationToken);
        return candidates.Where(m => groups.Any(m.IsIn)).ToList();
    }

    /// <summary>Saved contacts that look like <paramref name="candidate"/>: the same name, email or LinkedIn address.</summary>
    public Task<List<DuplicateMember>> MatchesAsync(Contact candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var emailKey = candidate.EmailKey;
        var linkedInKey = candidate.LinkedInKey;
        var searchKey = candidate.SearchKey;
        return Members(db.Contacts
                .Where(c => c.SearchKey == searchKey
                    || (emailKey != null && c.EmailKey == emailKey)
                    || (linkedInKey != null && c.LinkedInKey == linkedInKey))
                .OrderBy(c => c.FullName).ThenBy(c => c.Id)
                .Take(MatchesShown))
            .ToListAsync(cancellationToken);
    }

    private static List<string> KeysOf(IEnumerable<DuplicateGroup> groups, DuplicateKind kind) =>
        groups.Where(g => g.Kind == kind).Select(g => g.Key).Distinct().ToList();

    private static IQueryable<DuplicateMember> Members(IQueryable<Contact> contacts) =>
        contacts.AsNoTracking().Select(c => new DuplicateMember(
            c.Id,
            c.FullName,
            c.Email,
            c.Company == null ? null : c.Company.Name,
            c.Role,
            c.IsArchived,
            c.LinkedInKey,
            c.EmailKey,
            c.SearchKey,
            c.CompanyId));
}
