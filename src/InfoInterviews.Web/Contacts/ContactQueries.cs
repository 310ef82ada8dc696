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

    /// <summary>
    /// Contacts of one responsiveness at <paramref name="nowUtc"/>: <see cref="Contact.ResponsivenessOf"/>
    /// in SQL, on the (owner, archived, replied as) and (owner, archived, no reply after) indexes.
    /// </summary>
    public static IQueryable<Contact> WithResponsiveness(this IQueryable<Contact> contacts, Responsiveness responsiveness, DateTime nowUtc) =>
        responsiveness == Responsiveness.Curmudgeon
            ? contacts.Where(c => c.NoReplyAfterUtc <= nowUtc)
            : contacts.Where(c => c.RepliedAs == responsiveness && (c.NoReplyAfterUtc == null || c.NoReplyAfterUtc > nowUtc));
}
