using InfoInterviews.Web.Time;

namespace InfoInterviews.Web.Domain;

/// <summary>
/// When a user's morning digest is due: when the chosen hour strikes on the wall clock of their zone.
/// Each day is converted on its own, so the instant follows daylight-saving changes, and a day that
/// already had a digest gets no second one.
/// </summary>
public static class DigestSchedule
{
    public const int DefaultHour = 7;
    public const int LastHour = 23;

    public static void EnsureHour(int hour)
    {
        if (hour is < 0 or > LastHour)
        {
            throw new DomainRuleException($"Choose an hour from 0 to {LastHour}.");
        }
    }

    /// <summary>
    /// The first time after <paramref name="afterUtc"/> that <paramref name="hour"/> strikes in
    /// <paramref name="zone"/>, on a later local day than <paramref name="lastDigestUtc"/>.
    /// </summary>
    public static DateTime NextUtc(int hour, TimeZoneInfo zone, DateTime afterUtc, DateTime? lastDigestUtc)
    {
        ArgumentNullException.ThrowIfNull(zone);
        EnsureHour(hour);
        var day = TimeZones.UtcToWallClock(afterUtc, zone).Date;
        if (lastDigestUtc is { } last && TimeZones.UtcToWallClock(last, zone).Date is var lastDay && day <= lastDay)
        {
            day = lastDay.AddDays(1);
        }

        while (true)
        {
            var due = TimeZones.WallClockToUtc(day.AddHours(hour), zone);
            if (due > afterUtc)
            {
                return due;
            }

            day = day.AddDays(1);
        }
    }
}
