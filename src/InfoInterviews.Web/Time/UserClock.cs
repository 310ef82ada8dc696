using System.Security.Claims;
using InfoInterviews.Web.Accounts;

namespace InfoInterviews.Web.Time;

/// <summary>
/// The current time, and conversion between stored UTC instants and the wall-clock time of the
/// signed-in user's IANA time zone.
/// </summary>
public sealed class UserClock(TimeProvider time, IHttpContextAccessor accessor)
{
    public TimeZoneInfo TimeZone => TimeZones.FindOrUtc(accessor.HttpContext?.User.FindFirstValue(AppClaimTypes.TimeZone));

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => ToLocal(UtcNow);

    /// <summary>The user's date now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The first instant of a date in the user's zone, in UTC: what a date with no time of day is kept as.</summary>
    public DateTime StartOfDayUtc(DateOnly date) => ToUtc(date.ToDateTime(TimeOnly.MinValue));

    public DateTime ToLocal(DateTime utc) => TimeZones.UtcToWallClock(utc, TimeZone);

    /// <summary>A wall-clock time in the user's zone as UTC (see <see cref="TimeZones.WallClockToUtc"/>).</summary>
    public DateTime ToUtc(DateTime local) => TimeZones.WallClockToUtc(local, TimeZone);
}
