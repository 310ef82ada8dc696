using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Import;

/// <summary>What importing a row does.</summary>
public enum ImportOutcome
{
    /// <summary>Nobody matches: a new contact.</summary>
    New,

    /// <summary>The contact is there already (or an earlier row of the file names them): nothing changes.</summary>
    Present,

    /// <summary>The same person at a new company or in a new position: a job change.</summary>
    Changed,
}

/// <summary>A row of the preview: what importing it does, and for a job change, the role it replaces.</summary>
public sealed record ImportPreviewRow(ImportedContact Row, ImportOutcome Outcome, int? ContactId, string? OldRole, string? OldCompany);

public sealed record ImportPreview(IReadOnlyList<ImportPreviewRow> Rows, IReadOnlyList<UnreadableRow> Unreadable)
{
    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

public sealed record ImportResult(int Added, int Updated);

/// <summary>
/// Imports people read from a file into the user's contacts. A row is the same person as a contact by
/// <see cref="ContactMatchKeys"/>; the contacts a file can match are fetched in one query, and its company
/// names looked up in one more through <see cref="CompanyEditor"/>. New people become contacts from the
/// existing network; a job change keeps the old role as a logged touch; nothing else is touched.
/// </summary>
public sealed class ContactImport(AppDbContext db, CompanyEditor companies, UserClock clock, IMarkdownRenderer markdown)
{
    public async Task<ImportPreview> PreviewAsync(ImportReading reading, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new ImportPreview(await ClassifyAsync(reading.Contacts, cancellationToken), reading.Unreadable);
    }

    /// <summary>
    /// Adds the new people and applies the job changes, and removes <paramref name="file"/>, in one save:
    /// all or nothing. A second import of the same file (or a second confirm) finds everyone present.
    /// </summary>
    public async Task<ImportResult> ApplyAsync(ImportReading reading, ImportFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(file);
        var rows = await ClassifyAsync(reading.Contacts, cancellationToken);
        var toWrite = rows.Where(r => r.Outcome != ImportOutcome.Present).ToList();
        var companyOf = await companies.FindOrAddAllAsync(toWrite.Select(r => r.Row.Company), cancellationToken);
        var changedIds = toWrite.Where(r => r.Outcome == ImportOutcome.Changed).Select(r => r.ContactId!.Value).ToList();
        var changed = await db.Contacts.Include(c => c.Company)
            .Where(c => EF.Parameter(changedIds).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = clock.UtcNow;

        Company? CompanyFor(ImportedContact row) => row.Company is null ? null : companyOf[SearchKey.Fold(row.Company)];

        var added = 0;
        foreach (var (row, outcome, contactId, _, _) in toWrite)
        {
            if (outcome == ImportOutcome.New)
            {
                var contact = new Contact(row.FirstName, row.LastName, now)
                {
                    Email = row.Email,
                    Phone = row.Phone,
                    LinkedInUrl = row.LinkedInUrl,
                    Company = CompanyFor(row),
                    Role = row.Role,
                    Source = ContactSource.ExistingNetwork,
                    ConnectedOn = row.ConnectedOn,
                };
                contact.WriteNotes(RenderedMarkdown.Of(row.Notes, markdown));
                db.Contacts.Add(contact);
                added++;
            }
            else if (changed.TryGetValue(contactId!.Value, out var moved))
            {
                moved.ChangeRole(CompanyFor(row), row.Role, now);
            }
        }

        db.ImportFiles.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(added, changed.Count);
    }

    private async Task<List<ImportPreviewRow>> ClassifyAsync(IReadOnlyList<ImportedContact> rows, CancellationToken cancellationToken)
    {
        var people = rows.Select(row => (Row: row, Keys: KeysOf(row))).ToList();
        var linkedInKeys = people.Select(p => p.Keys.LinkedIn).OfType<string>().Distinct().ToList();
        var emailKeys = people.Select(p => p.Keys.Email).OfType<string>().Distinct().ToList();
        var nameKeys = people.Select(p => p.Keys.Name).Distinct().ToList();

        // One query for every contact the file can match, each key list sent as one parameter.
        var known = await db.Contacts.AsNoTracking()
            .Where(c => EF.Parameter(linkedInKeys).Contains(c.LinkedInKey!)
                || EF.Parameter(emailKeys).Contains(c.EmailKey!)
                || EF.Parameter(nameKeys).Contains(c.SearchKey))
            .OrderBy(c => c.Id)
            .Select(c => new Known(c.Id, new MatchKeys(c.LinkedInKey, c.EmailKey, c.SearchKey, c.Company == null ? null : c.Company.NameKey), c.Role, c.Company == null ? null : c.Company.Name))
            .ToListAsync(cancellationToken);

        var matcher = new Matcher(known);
        var preview = new List<ImportPreviewRow>(people.Count);
        foreach (var (row, keys) in people)
        {
            var match = matcher.Find(keys);
            if (match is null)
            {
                matcher.Add(new Known(null, keys, row.Role, row.Company));
                preview.Add(new ImportPreviewRow(row, ImportOutcome.New, null, null, null));
            }
            else if (match.Id is int id && IsJobChange(row, keys, match))
            {
                preview.Add(new ImportPreviewRow(row, ImportOutcome.Changed, id, match.Role, match.CompanyName));
            }
            else
            {
                preview.Add(new ImportPreviewRow(row, ImportOutcome.Present, match.Id, null, null));
            }
        }

        return preview;
    }

    private static MatchKeys KeysOf(ImportedContact row) => new(
        ContactMatchKeys.OfLinkedInUrl(row.LinkedInUrl),
        ContactMatchKeys.OfEmail(row.Email),
        Contact.SearchKeyOf(row.FirstName, row.LastName),
        row.Company is null ? null : SearchKey.Fold(row.Company));

    /// <summary>
    /// A new company or position. A row that names neither (LinkedIn leaves both out for some people)
    /// says nothing about their job, so it changes nothing.
    /// </summary>
    private static bool IsJobChange(ImportedContact row, MatchKeys keys, Known match) =>
        (row.Company is not null || row.Role is not null)
        && (keys.Company != match.Keys.Company || SearchKey.Fold(row.Role) != SearchKey.Fold(match.Role));

    private sealed record MatchKeys(string? LinkedIn, string? Email, string Name, string? Company);

    /// <summary>A contact a row can match; without an id, a person an earlier row of the file adds.</summary>
    private sealed record Known(int? Id, MatchKeys Keys, string? Role, string? CompanyName);

    /// <summary>Finds the person a row names: by LinkedIn address, then email, then name at the same company.</summary>
    private sealed class Matcher
    {
        private readonly Dictionary<string, Known> byLinkedIn = [];
        private readonly Dictionary<string, Known> byEmail = [];
        private readonly Dictionary<(string Name, string? Company), Known> byNameAndCompany = [];

        public Matcher(IEnumerable<Known> known)
        {
            foreach (var contact in known)
            {
                Add(contact);
            }
        }

        public void Add(Known contact)
        {
            if (contact.Keys.LinkedIn is { } linkedIn)
            {
                byLinkedIn.TryAdd(linkedIn, contact);
            }

            if (contact.Keys.Email is { } email)
            {
                byEmail.TryAdd(email, contact);
            }

            byNameAndCompany.TryAdd((contact.Keys.Name, contact.Keys.Company), contact);
        }

        public Known? Find(MatchKeys keys)
        {
            if (keys.LinkedIn is not null && byLinkedIn.TryGetValue(keys.LinkedIn, out var byAddress))
            {
                return byAddress;
            }

            if (keys.Email is not null && byEmail.TryGetValue(keys.Email, out var byMail))
            {
                return byMail;
            }

            // Two LinkedIn addresses that differ are two people, whatever their names.
            return byNameAndCompany.TryGetValue((keys.Name, keys.Company), out var byName)
                && (byName.Keys.LinkedIn is null || keys.LinkedIn is null)
                ? byName
                : null;
        }
    }
}
