namespace InfoInterviews.Web.Domain;

/// <summary>
/// One signed-in browser. Its sign-in cookie names it, and the cookie is honoured only while this row
/// exists: signing out deletes the row, so a copy of the cookie taken before is worthless.
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 32;

    /// <summary>A session lasts at most this long, however active, before its user signs in again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    private UserSession(string id, string userId, DateTime startedUtc)
    {
        Id = id;
        UserId = userId;
        StartedUtc = startedUtc;
    }

    public string Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime StartedUtc { get; private set; }

    public static UserSession Start(string userId, DateTime nowUtc) => new(Guid.NewGuid().ToString("N"), userId, nowUtc);
}
