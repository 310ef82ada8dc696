namespace InfoInterviews.Web.Time;

/// <summary>The IANA time zones a user may choose from.</summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC")
            .Order(StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<string> All => Ids.Value;

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    public static TimeZoneInfo FindOrUtc(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>
    /// A wall-clock time in <paramref name="zone"/> as UTC. A time that a daylight-saving jump skips is
    /// moved forward by the jump, as a clock on the wall would show it.
    /// </summary>
    public static DateTime WallClockToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    public static DateTime UtcToWallClock(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
