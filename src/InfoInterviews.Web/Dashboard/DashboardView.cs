using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.FollowUps;

namespace InfoInterviews.Web.Dashboard;

/// <summary>Every widget of the dashboard, as <see cref="DashboardQuery"/> reads them.</summary>
public sealed record DashboardView(TodayWidget Today, WeekWidget Week, FunnelWidget Funnel, NetworkWidget Network, ResultsWidget Results, IReadOnlyList<TargetCompany> Targets);

/// <summary>What needs doing now; each list holds the first few of <c>...Count</c>.</summary>
public sealed record TodayWidget(
    IReadOnlyList<FollowUpRow> FollowUps,
    int FollowUpCount,
    IReadOnlyList<UpcomingInterview> Interviews,
    int InterviewCount,
    IReadOnlyList<WaitingRequest> Waiting,
    int WaitingCount);

public sealed record UpcomingInterview(int Id, DateTime StartUtc, int? ContactId, string ContactName, InterviewPurpose Purpose);

/// <summary>A request without a reply, and how many business days (on the user's calendar) it has waited.</summary>
public sealed record WaitingRequest(int Id, int? ContactId, string ContactName, DateTime SinceUtc, int BusinessDaysWaited);

/// <summary>Requests sent this week against the weekly goal, and the weeks before it.</summary>
public sealed record WeekWidget(int Goal, int SentThisWeek, int Streak, IReadOnlyList<PeriodCount> Weeks);

/// <summary>Requests sent in the last <paramref name="Days"/> days, and how far they went.</summary>
public sealed record FunnelWidget(int Days, int Requested, int Replied, int Scheduled, int Completed, int LedToResult, double? MedianBusinessDaysToReply)
{
    /// <summary>Replies per request, as a whole percentage; null before any request.</summary>
    public int? ReplyRatePercent => Requested == 0 ? null : (int)Math.Round(100.0 * Replied / Requested, MidpointRounding.AwayFromZero);
}

public sealed record NetworkWidget(
    int Contacts,
    IReadOnlyList<PeriodCount> NewPerMonth,
    IReadOnlyList<SourceCount> BySource,
    int Introduced,
    TopIntroducer? TopIntroducer,
    IReadOnlyList<ColdContact> GoingCold,
    int GoingColdCount);

public sealed record SourceCount(ContactSource Source, int Count);

public sealed record TopIntroducer(int Id, string Name, int Introduced);

/// <summary>A contact past their keep-in-touch rhythm, or a Booster not touched for a long time.</summary>
public sealed record ColdContact(int Id, string Name, DateTime? LastTouchUtc, int? KeepInTouchDays, bool IsBooster);

public sealed record ResultsWidget(IReadOnlyList<OpportunityCount> Opportunities, IReadOnlyList<ResultsMonth> PerMonth)
{
    public int Referrals => Opportunities.Where(o => o.Kind == OpportunityKind.Referral).Sum(o => o.Count);
}

public sealed record OpportunityCount(OpportunityKind Kind, OpportunityStatus Status, int Count);

/// <summary>The four results of informational interviews completed in one month.</summary>
public sealed record ResultsMonth(DateOnly Month, int Unadvertised, int OnRadar, int Insight, int Referral);

/// <summary>A company at the top of the LAMP list, with the user's contacts there and interviews with it.</summary>
public sealed record TargetCompany(int Id, string Name, int Motivation, int Posting, int Contacts, int Interviews);
