using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class BusinessDaysTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData(3, 2026, 12, 9)]
    [InlineData(7, 2026, 12, 15)]
    [InlineData(0, 2026, 12, 4)]
    public void Days_after_a_Friday_skip_the_weekend(int days, int year, int month, int day)
    {
        var friday = new DateTime(2026, 12, 4, 10, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(year, month, day, 10, 30, 0, DateTimeKind.Utc), BusinessDays.Add(friday, days, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Days_are_counted_on_the_calendar_of_the_zone()
    {
        // Friday 22:00 in New York is already Saturday in UTC.
        var fridayEvening = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 12, 4, 22, 0, 0), NewYork);

        var due = BusinessDays.Add(fridayEvening, 3, NewYork);

        Assert.Equal(new DateTime(2026, 12, 9, 22, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(due, NewYork));
        Assert.NotEqual(BusinessDays.Add(fridayEvening, 3, TimeZoneInfo.Utc), due);
    }

    [Fact]
    public void A_start_on_a_weekend_counts_from_Monday()
    {
        var sunday = new DateTime(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc), BusinessDays.Add(sunday, 1, TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_wall_clock_time_holds_across_a_daylight_saving_change()
    {
        // Daylight saving time ends in New York on Sunday 1 November 2026.
        var friday = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 10, 30, 9, 0, 0), NewYork);

        var due = BusinessDays.Add(friday, 1, NewYork);

        Assert.Equal(new DateTime(2026, 11, 2, 9, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(due, NewYork));
        Assert.Equal(TimeSpan.FromHours(73), due - friday);
    }

    [Theory]
    [InlineData(4, 7, 1)]
    [InlineData(7, 7, 0)]
    [InlineData(2, 9, 5)]
    [InlineData(5, 6, 0)]
    public void Between_counts_the_weekdays_after_the_first_date_up_to_the_second(int fromDay, int toDay, int expected) =>
        Assert.Equal(expected, BusinessDays.Between(
            new DateTime(2026, 12, fromDay, 10, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, toDay, 9, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Utc));

    [Fact]
    public void Between_is_counted_on_the_calendar_of_the_zone_and_undoes_Add()
    {
        // Thursday 22:00 in New York is Friday in UTC; Friday 10:00 there is one business day later.
        var thursdayEvening = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 12, 3, 22, 0, 0), NewYork);
        var fridayMorning = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 12, 4, 10, 0, 0), NewYork);

        Assert.Equal(1, BusinessDays.Between(thursdayEvening, fridayMorning, NewYork));
        Assert.Equal(0, BusinessDays.Between(thursdayEvening, fridayMorning, TimeZoneInfo.Utc));
        Assert.All(Enumerable.Range(0, 12), days => Assert.Equal(days, BusinessDays.Between(thursdayEvening, BusinessDays.Add(thursdayEvening, days, NewYork), NewYork)));
    }
}
