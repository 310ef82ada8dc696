namespace InfoInterviews.Web.Digests;

/// <summary>The <c>Digest</c> settings.</summary>
public sealed class DigestOptions
{
    /// <summary>
    /// How often this instance looks for due digests; zero turns the sending off on this instance (the
    /// others on the same database still send).
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
