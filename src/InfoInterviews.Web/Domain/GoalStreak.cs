namespace InfoInterviews.Web.Domain;

/// <summary>The run of weeks in a row in which the weekly goal of requests was met.</summary>
public static class GoalStreak
{
    /// <summary>
    /// Counts back from the latest week of <paramref name="weeklyCounts"/> (oldest first, the current
    /// week last). The current week joins the streak once it meets the goal, but a week still under way
    /// does not break it.
    /// </summary>
    public static int Weeks(IReadOnlyList<int> weeklyCounts, int goal)
    {
        ArgumentNullException.ThrowIfNull(weeklyCounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(goal, 1);
        if (weeklyCounts.Count == 0)
        {
            return 0;
        }

        var streak = weeklyCounts[^1] >= goal ? 1 : 0;
        for (var i = weeklyCounts.Count - 2; i >= 0 && weeklyCounts[i] >= goal; i--)
        {
            streak++;
        }

        return streak;
    }
}
