namespace InfoInterviews.Web.Domain;

/// <summary>A record a user finds by typing its name: one per folded <see cref="NameKey"/> and owner.</summary>
public interface INamedByKey
{
    int Id { get; }

    string Name { get; }

    /// <summary>The name as <see cref="SearchKey"/> folds it.</summary>
    string NameKey { get; }
}
