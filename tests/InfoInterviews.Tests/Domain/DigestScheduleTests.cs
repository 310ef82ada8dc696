using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Before_the_hour_the_digest_is_due_today_and_from_the_hour_on_tomorrow()
    {
        // 10:59 and 11:00 UTC are 06:59 and 07:00 in New York (summer time).
        Assert.Equal(Utc(6, 10, 11), DigestSchedule.NextUtc(7, NewYork, Utc(6, 10, 10, 59), lastDigestUtc: null));
        Assert.Equal(Utc(6, 11, 11), DigestSchedule.NextUtc(7, NewYork, Utc(6, 10, 11), lastDigestUtc: null));
    }

    [Fact]
    public void The_hour_follows_the_wall_clock_across_daylight_saving_changes()
    {
        // 7:00 is 12:00 UTC on Saturday 7 March (winter time) and 11:00 UTC on Sunday 8 March (summer time).
        var saturday = DigestSchedule.NextUtc(7, NewYork, Utc(3, 7, 6), lastDigestUtc: null);
        var sunday = DigestSchedule.NextUtc(7, NewYork, saturday, lastDigestUtc: saturday);

        Assert.Equal(Utc(3, 7, 12), saturday);
        Assert.Equal(Utc(3, 8, 11), sunday);
        Assert.Equal(Utc(11, 1, 12), DigestSchedule.NextUtc(7, NewYork, Utc(10, 31, 12), lastDigestUtc: null));
    }

    [Fact]
    public void An_hour_the_clocks_skip_is_sent_when_the_clock_shows_the_hour_after()
    {
        // On 8 March New York's clocks go from 2:00 straight to 3:00 (07:00 UTC).
        Assert.Equal(Utc(3, 8, 7), DigestSchedule.NextUtc(2, NewYork, Utc(3, 8, 5), lastDigestUtc: null));
    }

    [Fact]
    public void A_day_that_had_a_digest_gets_no_second_one_at_a_later_hour()
    {
        var sentAtSeven = Utc(6, 10, 11);

        Assert.Equal(Utc(6, 11, 13), DigestSchedule.NextUtc(9, NewYork, Utc(6, 10, 12), sentAtSeven));
    }

    [Fact]
    public void Only_a_change_of_zone_hour_or_choice_moves_the_next_digest()
    {
        var user = new ApplicationUser { TimeZoneId = "America/New_York" };
        user.ChooseZoneAndDigest("America/New_York", sendsDigest: true, digestHour: 7, Utc(6, 10, 10));
        Assert.Equal(Utc(6, 10, 11), user.NextDigestUtc);

        // Saving the same settings after the hour struck keeps the digest now due.
        user.ChooseZoneAndDigest("America/New_York", sendsDigest: true, digestHour: 7, Utc(6, 10, 11, 30));
        Assert.Equal(Utc(6, 10, 11), user.NextDigestUtc);

        user.ChooseZoneAndDigest("Europe/Paris", sendsDigest: true, digestHour: 7, Utc(6, 10, 11, 30));
        Assert.Equal(Utc(6, 11, 5), user.NextDigestUtc);

        user.ChooseZoneAndDigest("Europe/Paris", sendsDigest: false, digestHour: 7, Utc(6, 10, 11, 30));
        Assert.Null(user.NextDigestUtc);
    }

    [Fact]
    public void An_hour_outside_the_day_is_refused()
    {
        var user = new ApplicationUser();

        Assert.Throws<DomainRuleException>(() => user.ChooseZoneAndDigest("UTC", sendsDigest: true, digestHour: 24, Utc(6, 10, 10)));
        Assert.Throws<DomainRuleException>(() => DigestSchedule.NextUtc(-1, TimeZoneInfo.Utc, Utc(6, 10, 10), lastDigestUtc: null));
    }
}
