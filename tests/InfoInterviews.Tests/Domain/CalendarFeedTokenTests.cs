using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class CalendarFeedTokenTests
{
    [Fact]
    public void A_new_token_replaces_the_stored_hash_and_only_the_hash_is_kept()
    {
        var user = new ApplicationUser();

        var first = user.IssueCalendarFeedToken();
        var firstHash = user.CalendarFeedTokenHash;
        var second = user.IssueCalendarFeedToken();

        Assert.NotEqual(first, second);
        Assert.Equal(CalendarFeedToken.Hash(second), user.CalendarFeedTokenHash);
        Assert.NotEqual(firstHash, user.CalendarFeedTokenHash);
        Assert.Equal(CalendarFeedToken.HashLength, user.CalendarFeedTokenHash!.Length);
        Assert.DoesNotContain(second, user.CalendarFeedTokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_is_url_safe_and_carries_256_bits()
    {
        var token = CalendarFeedToken.New();

        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
    }

    [Fact]
    public void Turning_the_feed_off_forgets_the_hash()
    {
        var user = new ApplicationUser();
        user.IssueCalendarFeedToken();

        user.TurnOffCalendarFeed();

        Assert.False(user.HasCalendarFeed);
        Assert.Null(user.CalendarFeedTokenHash);
    }
}
