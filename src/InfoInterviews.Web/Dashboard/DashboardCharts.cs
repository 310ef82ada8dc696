using System.Globalization;

namespace InfoInterviews.Web.Dashboard;

/// <summary>The dashboard's charts, made from the figures its widgets read.</summary>
public static class DashboardCharts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static BarChart Weeks(WeekWidget week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new BarChart(
            "chart-weeks",
            "Requests sent per week",
            $"Interview requests sent in each of the last {week.Weeks.Count} weeks, this week last; the goal is {week.Goal} a week.",
            "Week starting",
            "Requests sent",
            week.Weeks.Select(w => new ChartBar(w.Start.ToString("d/M", English), w.Start.ToString("d MMM yyyy", English), w.Count)).ToArray());
    }

    public static BarChart NewContacts(NetworkWidget network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new BarChart(
            "chart-contacts",
            "New contacts per month",
            $"Contacts added in each of the last {network.NewPerMonth.Count} months, this month last.",
            "Month",
            "New contacts",
            network.NewPerMonth.Select(m => new ChartBar(m.Start.ToString("MMM", English), m.Start.ToString("MMMM yyyy", English), m.Count)).ToArray());
    }

    public static BarChart Funnel(FunnelWidget funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return new BarChart(
            "chart-funnel",
            $"Requests of the last {funnel.Days} days, stage by stage",
            "How many requests were sent, replied to, scheduled, completed, and led to an opportunity or a referral.",
            "Stage",
            "Requests",
            [
                new ChartBar("Sent", "Requested", funnel.Requested),
                new ChartBar("Replied", "Replied", funnel.Replied),
                new ChartBar("Booked", "Scheduled", funnel.Scheduled),
                new ChartBar("Held", "Completed", funnel.Completed),
                new ChartBar("Result", "Led to an opportunity or referral", funnel.LedToResult),
            ]);
    }
}
