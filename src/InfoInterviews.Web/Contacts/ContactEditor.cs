using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// Applies the contact form to a contact: its fields, the company picked or typed (a new name creates
/// the company), the introducer named, and the tags typed (new ones are created). Raises
/// <see cref="DomainRuleException"/> with a message for the user when the form cannot be applied.
/// Names are matched on their stored <see cref="SearchKey"/>, without regard to case or accents.
/// </summary>
public sealed class ContactEditor(AppDbContext db, CompanyEditor companies, ContactNames contactNames, IMarkdownRenderer markdown)
{
    /// <summary>The form for an existing contact as it is now, and the version it was read at.</summary>
    public async Task<(T Input, Guid Version)?> ReadAsync<T>(int contactId, CancellationToken cancellationToken = default)
        where T : ContactInput, new()
    {
        var row = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new
            {
                Contact = c,
                CompanyName = c.Company == null ? null : c.Company.Name,
                IntroducerFirst = c.IntroducedBy == null ? null : c.IntroducedBy.FirstName,
                IntroducerLast = c.IntroducedBy == null ? null : c.IntroducedBy.LastName,
                TagNames = c.Tags.OrderBy(t => t.Tag!.Name).Select(t => t.Tag!.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var input = new T();
        var contact = row.Contact;
        input.FirstName = contact.FirstName;
        input.LastName = contact.LastName;
        input.Email = contact.Email;
        input.Phone = contact.Phone;
        input.LinkedInUrl = contact.LinkedInUrl;
        input.CompanyName = row.CompanyName;
        input.Role = contact.Role;
        input.Location = contact.Location;
        input.Source = contact.Source;
        input.Connection = contact.Connection;
        input.IntroducedById = contact.IntroducedById;
        input.IntroducedBy = row.IntroducerFirst is null ? null : Contact.FullNameOf(row.IntroducerFirst, row.IntroducerLast);
        input.Tags = TagNames.Join(row.TagNames);
        input.KeepInTouchDays = contact.KeepInTouchDays;
        input.Notes = contact.Notes;
        return (input, contact.Version);
    }

    /// <summary>
    /// Loads a contact with its tags, ready for <see cref="ApplyAsync"/>. The tags come in a query of their
    /// own: joined into the contact's query, SQLite gathered all of the user's tag links before picking
    /// this contact's (a join of owner-filtered links and tags on the right of a left join, which SQLite does not flatten).
    /// </summary>
    public Task<Contact?> LoadAsync(int contactId, CancellationToken cancellationToken = default) =>
        db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);

    public async Task ApplyAsync(Contact contact, ContactInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(input);
        var tagNames = TagNames.Parse(input.Tags);
        var introducerId = await FindIntroducerAsync(contact, input, cancellationToken);

        contact.Rename(input.FirstName, input.LastName);
        contact.Email = FormText.Tidy(input.Email);
        contact.Phone = FormText.Tidy(input.Phone);
        contact.LinkedInUrl = FormText.Tidy(input.LinkedInUrl);
        contact.Role = FormText.Tidy(input.Role);
        contact.Location = FormText.Tidy(input.Location);
        contact.Source = input.Source;
        contact.Connection = FormText.Tidy(input.Connection);
        contact.WriteNotes(RenderedMarkdown.Of(input.Notes, markdown));
        contact.KeepInTouchEvery(input.KeepInTouchDays);
        contact.IntroducedById = introducerId;

        var company = await companies.FindOrAddAsync(input.CompanyName, cancellationToken);
        contact.Company = company;
        if (company is null)
        {
            contact.CompanyId = null;
        }

        await SetTagsAsync(contact, tagNames, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="save"/> for a contact the form was applied to. When another request created
    /// a company or tag of the same name between this form's lookup and its save, the unique index on
    /// the name key refuses the new row: the contact is then linked to the row that won, and saved once more.
    /// </summary>
    public async Task<T> SaveAsync<T>(Contact contact, Func<CancellationToken, Task<T>> save, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            return await save(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await AdoptNamesakesAsync(contact, cancellationToken);
            return await save(cancellationToken);
        }
    }

    private async Task AdoptNamesakesAsync(Contact contact, CancellationToken cancellationToken)
    {
        if (await companies.TakeWinnerOfRaceAsync(contact.Company, cancellationToken) is { } companyWinner)
        {
            contact.Company = companyWinner;
        }

        foreach (var link in contact.Tags.Where(link => db.Entry(link.Tag!).State == EntityState.Added).ToList())
        {
            var tag = link.Tag!;
            if (await db.Tags.FirstOrDefaultAsync(t => t.NameKey == tag.NameKey, cancellationToken) is { } tagWinner)
            {
                // The tag is part of the link's key, so the link is replaced rather than re-pointed.
                contact.Tags.Remove(link);
                db.Entry(link).State = EntityState.Detached;
                db.Entry(tag).State = EntityState.Detached;
                contact.Tags.Add(new ContactTag { Contact = contact, Tag = tagWinner });
            }
        }
    }

    private async Task<int?> FindIntroducerAsync(Contact contact, ContactInput input, CancellationToken cancellationToken)
    {
        var name = FormText.Tidy(input.IntroducedBy);
        if (name is null)
        {
            return null;
        }

        var introducerId = await contactNames.FindOneAsync(name, input.IntroducedById, cancellationToken);
        Contact.EnsureIntroducerIsSomeoneElse(contact.Id, introducerId);
        return introducerId;
    }

    private async Task SetTagsAsync(Contact contact, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(SearchKey.Fold).ToList();
        var existing = keys.Count == 0
            ? []
            : await db.Tags.Where(t => keys.Contains(t.NameKey)).ToListAsync(cancellationToken);

        foreach (var link in contact.Tags.Where(link => !keys.Contains(link.Tag!.NameKey)).ToList())
        {
            contact.Tags.Remove(link);
        }

        foreach (var name in names.Where(n => !contact.Tags.Any(link => link.Tag!.NameKey == SearchKey.Fold(n))))
        {
            var tag = existing.FirstOrDefault(t => t.NameKey == SearchKey.Fold(name)) ?? new Tag(name);
            contact.Tags.Add(new ContactTag { Contact = contact, Tag = tag });
        }
    }
}
