namespace InfoInterviews.Web.Domain;

public class Tag : OwnedEntity, INamedByKey
{
    public const int NameMaxLength = 50;

    public Tag(string name)
    {
        Rename(name);
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name as <see cref="SearchKey"/> folds it: one tag per key and owner.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public ICollection<ContactTag> Contacts { get; } = [];

    public void Rename(string name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException("A tag needs a name.");
        }

        if (trimmed.Length > NameMaxLength)
        {
            throw new DomainRuleException($"A tag name has at most {NameMaxLength} characters.");
        }

        Name = trimmed;
        NameKey = SearchKey.Fold(trimmed);
    }
}

/// <summary>A tag on a contact.</summary>
public class ContactTag : IOwned
{
    public string OwnerId { get; set; } = string.Empty;

    public int ContactId { get; set; }

    public Contact? Contact { get; set; }

    public int TagId { get; set; }

    public Tag? Tag { get; set; }
}
