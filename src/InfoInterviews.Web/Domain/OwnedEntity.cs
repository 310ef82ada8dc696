namespace InfoInterviews.Web.Domain;

/// <summary>A row that belongs to exactly one user. The database context stamps and guards the owner.</summary>
public interface IOwned
{
    string OwnerId { get; set; }
}

/// <summary>
/// Base for the user's own records: an integer key, the owner, and a version that changes on every
/// save so that two edits of the same record cannot silently overwrite each other.
/// </summary>
public abstract class OwnedEntity : IOwned
{
    public int Id { get; private set; }

    public string OwnerId { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Part of the generated sample workspace, which "remove sample data" deletes; see
    /// docs/decisions/0010-sample-data-marked-and-removed.md.
    /// </summary>
    public bool IsSample { get; private set; }

    public void MarkAsSample() => IsSample = true;
}
