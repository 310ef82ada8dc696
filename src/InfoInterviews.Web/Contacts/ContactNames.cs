using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>Finds the one contact a typed full name means, for fields such as "introduced by".</summary>
public sealed class ContactNames(AppDbContext db)
{
    /// <summary>
    /// The id of the contact called <paramref name="name"/> (any case, any accents). When several share the name,
    /// <paramref name="keptId"/> (the one the form showed) settles it; otherwise the user is told.
    /// </summary>
    public async Task<int> FindOneAsync(string name, int? keptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = SearchKey.Fold(name);
        var named = db.Contacts.Where(c => c.SearchKey == key);
        var matches = keptId is int kept && await named.AnyAsync(c => c.Id == kept, cancellationToken)
            ? [kept]
            : await named.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync(cancellationToken);

        return matches.Count switch
        {
            0 => throw new DomainRuleException($"No contact is called \"{name}\". Check the spelling, or add them as a contact first."),
            1 => matches[0],
            _ => throw new DomainRuleException($"Several contacts are called \"{name}\". Add a detail to one of their names to tell them apart."),
        };
    }
}
