namespace InfoInterviews.Web.Domain;

/// <summary>Business days (Monday to Friday) counted on the calendar of a time zone.</summary>
public static class BusinessDays
{
    /// <summary>
    /// The instant <paramref name="days"/> business days after <paramref name="utc"/>, at the same
    /// wall-clock time in <paramref name="zone"/>. Days are counted in the zone because a Friday
    /// evening in New York is already Saturday in UTC. A start on a weekend counts from Monday.
    /// </summary>
    public static DateTime Add(DateTime utc, int days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var counted = 0;
        while (counted < days)
        {
            local = local.AddDays(1);
            if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        // A wall-clock time that a daylight-saving jump skips is moved forward by the jump.
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>
    /// How many business days lie between two instants on the calendar of <paramref name="zone"/>: the
    /// weekdays after the first date up to and including the second, so that <see cref="Add"/> of n days
    /// is n business days away.
    /// </summary>
    public static int Between(DateTime fromUtc, DateTime toUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), zone));
        var to = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(toUtc, DateTimeKind.Utc), zone));
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
