namespace InfoInterviews.Tests.Pages.FollowUps;

/// <summary>Days as a user in a time zone lives them, worked out apart from the app's own clock.</summary>
internal static class Days
{
    public const string Auckland = "Pacific/Auckland";

    public static DateOnly Today(string zoneId, DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, TimeZoneInfo.FindSystemTimeZoneById(zoneId)));

    public static DateTime StartUtc(string zoneId, DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById(zoneId));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
