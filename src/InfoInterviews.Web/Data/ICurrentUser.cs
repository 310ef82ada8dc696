namespace InfoInterviews.Web.Data;

/// <summary>Whose data the database context reads and writes.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id, or null when nobody is signed in (then no owned row is visible).</summary>
    string? Id { get; }
}
