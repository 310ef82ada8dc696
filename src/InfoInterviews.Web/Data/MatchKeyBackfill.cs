using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// Gives contacts saved before the match keys existed their keys. SQL cannot decode and fold a LinkedIn
/// address the way <see cref="ContactMatchKeys"/> does, so the migration leaves the keys empty and this
/// pass, run after the migrations at start-up, fills each key whose source is set. Once every key is
/// filled it costs one query.
/// </summary>
public static class MatchKeyBackfill
{
    public static async Task RunAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = await db.Contacts.IgnoreQueryFilters()
            .Where(c => (c.Email != null && c.EmailKey == null) || (c.LinkedInUrl != null && c.LinkedInKey == null))
            .Select(c => new { c.Id, c.Email, c.LinkedInUrl })
            .ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            var emailKey = ContactMatchKeys.OfEmail(row.Email);
            var linkedInKey = ContactMatchKeys.OfLinkedInUrl(row.LinkedInUrl);
            await db.Contacts.IgnoreQueryFilters()
                .Where(c => c.Id == row.Id)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.EmailKey, emailKey).SetProperty(c => c.LinkedInKey, linkedInKey),
                    cancellationToken);
        }
    }
}
