using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class GoalStreakTests
{
    [Theory]
    [InlineData(new[] { 3, 3, 0, 3, 4, 3 }, 3)]
    [InlineData(new[] { 3, 3, 0, 3, 4, 1 }, 2)]
    [InlineData(new[] { 3, 3, 3, 2, 0 }, 0)]
    [InlineData(new[] { 5 }, 1)]
    public void The_streak_counts_weeks_in_a_row_meeting_the_goal_and_a_week_under_way_does_not_break_it(int[] weeks, int expected) =>
        Assert.Equal(expected, GoalStreak.Weeks(weeks, 3));

    [Fact]
    public void A_goal_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalStreak.Weeks([1], 0));
}
