using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Contacts;

public static class ContactQueries
{
    /// <summary>
    /// Contacts that are not archived. The flag is compared with a parameter rather than negated:
    /// SQLite cannot seek an index on <c>NOT IsArchived</c>, and every contact list starts with this
    /// filter on the (owner, archived, ...) indexes.
    /// </summary>
    public static IQueryable<Contact> Active(this IQueryable<Contact> contacts)
    {
        var archived = false;
        return contacts.Where(c => c.IsArchived == archived);
    }
}
