using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages;

/// <summary>The page that explains the routine reads nothing, so it runs on SQLite only.</summary>
public sealed class HelpTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [SkippableFact]
    public async Task Help_is_linked_from_the_top_bar_and_gives_the_follow_up_rhythm_the_planner_uses()
    {
        using var network = await Network.SignInAsync(factory);
        var home = await network.Client.GetPageAsync("/");

        var help = await network.Client.GetPageAsync(home.Find("#help").GetAttribute("href")!);

        Assert.Equal("/Help", help.Url.AbsolutePath);
        Assert.Contains($"after {FollowUpPlanner.SecondContactAfterBusinessDays} business days without a reply", help.Text, StringComparison.Ordinal);
        Assert.Contains($"nudge the contact after {FollowUpPlanner.NudgeAfterBusinessDays}", help.Text, StringComparison.Ordinal);
        Assert.Contains(ResponsivenessText.Meaning(Responsiveness.Curmudgeon), help.Text, StringComparison.Ordinal);
    }
}
