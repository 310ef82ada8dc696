using System.Linq.Expressions;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Pages.FollowUps;
using InfoInterviews.Web.SampleData;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;
using CompanyRow = InfoInterviews.Web.Pages.Companies.IndexModel.CompanyRow;

namespace InfoInterviews.Web.Dashboard;

/// <summary>
/// Reads the dashboard. Every figure is counted or grouped in the database, and the number of SQL
/// commands is the same whatever the size of the workspace: lists are cut to their first rows and
/// periods are counted with one grouped query each. The figures are then kept until the workspace,
/// the user's day or the hour changes (<see cref="DashboardCache"/>).
/// </summary>
public sealed class DashboardQuery(
    AppDbContext db,
    ICurrentUser currentUser,
    UserClock clock,
    WorkspaceVersion workspace,
    DashboardCache cache,
    SampleWorkspace sample)
{
    /// <summary>How many rows each list of the dashboard shows before linking to the full list.</summary>
    public const int ListSize = 5;

    /// <summary>Interviews shown are those of today and this many days after it.</summary>
    public const int UpcomingDays = 14;

    /// <summary>How far back a streak of weeks that met the goal is counted.</summary>
    public const int StreakWeeks = 52;

    /// <summary>Weeks shown in the chart of requests sent.</summary>
    public const int ChartWeeks = 12;

    public const int Months = 12;

    public const int TargetCount = 5;

    /// <summary>A Booster not touched for this many days is going cold.</summary>
    public const int BoosterColdDays = 90;

    public const int DefaultFunnelDays = 90;

    public static IReadOnlyList<int> FunnelWindows { get; } = [30, 90, 365];

    /// <summary>The funnel's window: one of <see cref="FunnelWindows"/>, else the default.</summary>
    public static int FunnelDays(int? days) => days is int d && FunnelWindows.Contains(d) ? d : DefaultFunnelDays;

    /// <summary>
    /// The dashboard of the signed-in user (a null view when the workspace holds no contact, company or
    /// interview yet), from the cache while nothing it depends on has changed.
    /// </summary>
    public async Task<DashboardFigures> ReadAsync(int funnelDays, CancellationToken cancellationToken)
    {
        var owner = currentUser.Id ?? throw new InvalidOperationException("The dashboard is read for a signed-in user.");

        // Read before the figures: a save committed in between then at worst leaves newer figures under
        // the older version, never older figures under the newer one.
        var version = await workspace.ReadAsync(cancellationToken);

        // Figures that depend on the instant (going cold, days waited) are computed for the start of the
        // hour, so that everything cached under this key is what a computation now would show.
        var utcNow = clock.UtcNow;
        var hour = new DateTime(utcNow.Year, utcNow.Month, utcNow.Day, utcNow.Hour, 0, 0, DateTimeKind.Utc);
        var key = new DashboardKey(owner, version, clock.TimeZone.Id, DateOnly.FromDateTime(clock.ToLocal(utcNow)), hour, funnelDays);
        return await cache.GetOrComputeAsync(key, async () =>
        {
            var view = await ComputeAsync(owner, key.HourUtc, key.Today, funnelDays, cancellationToken);
            return new DashboardFigures(view, view is not null && await sample.HasSampleAsync(cancellationToken));
        });
    }

    private async Task<DashboardView?> ComputeAsync(string userId, DateTime now, DateOnly today, int funnelDays, CancellationToken cancellationToken)
    {
        var startOfTomorrow = clock.StartOfDayUtc(today.AddDays(1));
        var upcomingFrom = clock.StartOfDayUtc(today);
        var upcomingTo = clock.StartOfDayUtc(today.AddDays(UpcomingDays + 1));
        Expression<Func<FollowUp, bool>> due = f => f.CompletedUtc == null && f.DueUtc < startOfTomorrow;
        Expression<Func<InterviewRequest, bool>> upcoming = r => r.Status == InterviewStatus.Scheduled
            && r.ScheduledStartUtc >= upcomingFrom && r.ScheduledStartUtc < upcomingTo;
        Expression<Func<InterviewRequest, bool>> waiting = r => r.Status == InterviewStatus.Requested;
        var goingCold = GoingCold(now);

        // One command for every total, from the user's own row.
        var totals = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            u.WeeklyGoal,
            Contacts = db.Contacts.Count(),
            Companies = db.Companies.Count(),
            Interviews = db.InterviewRequests.Count(),
            Introduced = db.Contacts.Count(c => c.IntroducedById != null),
            Due = db.FollowUps.Count(due),
            Upcoming = db.InterviewRequests.Count(upcoming),
            Waiting = db.InterviewRequests.Count(waiting),
            GoingCold = db.Contacts.Count(goingCold),
        }).SingleAsync(cancellationToken);
        if (totals.Contacts == 0 && totals.Companies == 0 && totals.Interviews == 0)
        {
            return null;
        }

        var todayWidget = new TodayWidget(
            await db.FollowUps.AsNoTracking().Where(due).OrderBy(f => f.DueUtc).ThenBy(f => f.Id).Take(ListSize)
                .Select(FollowUpRow.FromEntity).ToListAsync(cancellationToken),
            totals.Due,
            await db.InterviewRequests.AsNoTracking().Where(upcoming).OrderBy(r => r.ScheduledStartUtc).ThenBy(r => r.Id).Take(ListSize)
                .Select(r => new UpcomingInterview(r.Id, r.ScheduledStartUtc!.Value, r.ContactId, r.ContactName, r.Purpose))
                .ToListAsync(cancellationToken),
            totals.Upcoming,
            await ReadWaitingAsync(waiting, now, cancellationToken),
            totals.Waiting);

        return new DashboardView(
            todayWidget,
            await ReadWeekAsync(totals.WeeklyGoal, today, cancellationToken),
            await ReadFunnelAsync(userId, funnelDays, today, cancellationToken),
            await ReadNetworkAsync(totals.Contacts, totals.Introduced, goingCold, totals.GoingCold, today, cancellationToken),
            await ReadResultsAsync(today, cancellationToken),
            await ReadTargetsAsync(cancellationToken));
    }

    /// <summary>
    /// Past their keep-in-touch rhythm (the open keep-in-touch follow-up the rhythm plans is overdue), or
    /// a Booster with no touch in <see cref="BoosterColdDays"/> days. Archived contacts never go cold.
    /// </summary>
    private Expression<Func<Contact, bool>> GoingCold(DateTime now)
    {
        var boosterSince = now.AddDays(-BoosterColdDays);
        return c => !c.IsArchived
            && (db.FollowUps.Any(f => f.ContactId == c.Id && f.Kind == FollowUpKind.KeepInTouch && f.CompletedUtc == null && f.DueUtc < now)
                || (c.RepliedAs == Responsiveness.Booster && (c.LastTouchUtc ?? c.CreatedUtc) < boosterSince));
    }

    private async Task<IReadOnlyList<WaitingRequest>> ReadWaitingAsync(Expression<Func<InterviewRequest, bool>> waiting, DateTime now, CancellationToken cancellationToken)
    {
        var rows = await db.InterviewRequests.AsNoTracking().Where(waiting)
            .Select(r => new
            {
                r.Id,
                r.ContactId,
                r.ContactName,
                Since = r.History.Where(h => h.ToStatus == InterviewStatus.Requested).Max(h => (DateTime?)h.ChangedUtc) ?? r.CreatedUtc,
            })
            .OrderBy(r => r.Since).ThenBy(r => r.Id).Take(ListSize)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WaitingRequest(r.Id, r.ContactId, r.ContactName, r.Since, BusinessDays.Between(r.Since, now, clock.TimeZone))).ToArray();
    }

    private async Task<WeekWidget> ReadWeekAsync(int goal, DateOnly today, CancellationToken cancellationToken)
    {
        var weeks = await Periods.Weeks(today, StreakWeeks, clock.StartOfDayUtc)
            .CountAsync(db.InterviewStatusChanges.AsNoTracking().Where(h => h.ToStatus == InterviewStatus.Requested), h => h.ChangedUtc, cancellationToken);
        return new WeekWidget(goal, weeks[^1].Count, GoalStreak.Weeks(weeks.Select(w => w.Count).ToArray(), goal), weeks.TakeLast(ChartWeeks).ToArray());
    }

    private async Task<FunnelWidget> ReadFunnelAsync(string userId, int days, DateOnly today, CancellationToken cancellationToken)
    {
        var since = clock.StartOfDayUtc(today.AddDays(-days));
        // The requests of the window are the ids of their moves to Requested (a range of an index), and
        // each figure asks about those ids only. Asked of the interviews instead (interviews whose id is
        // among them), SQLite went through every interview of the workspace to test its id.
        var asked = db.InterviewStatusChanges.AsNoTracking()
            .Where(h => h.ToStatus == InterviewStatus.Requested && h.ChangedUtc >= since)
            .Select(h => h.InterviewRequestId)
            .Distinct();
        var history = db.InterviewStatusChanges.AsNoTracking();
        Expression<Func<int, bool>> replied = id => history.Any(h => h.InterviewRequestId == id && (h.ToStatus == InterviewStatus.Accepted || h.ToStatus == InterviewStatus.Declined));
        var counts = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            Requested = asked.Count(),
            Replied = asked.Count(replied),
            Scheduled = asked.Count(id => history.Any(h => h.InterviewRequestId == id && h.ToStatus == InterviewStatus.Scheduled)),
            Completed = asked.Count(id => history.Any(h => h.InterviewRequestId == id && h.ToStatus == InterviewStatus.Completed)),
            LedToResult = asked.Count(id => db.InterviewRequests.Any(r => r.Id == id && (r.WasReferred || r.LearnedOfUnadvertisedOpportunity))
                || db.Opportunities.Any(o => o.InterviewRequestId == id)),
        }).SingleAsync(cancellationToken);

        // Business days are counted on the user's calendar, which SQL on both databases cannot do: only
        // the two times of each reply in the window are read, never whole rows.
        var replies = await asked.Where(replied).Select(id => new
        {
            Asked = history.Where(h => h.InterviewRequestId == id && h.ToStatus == InterviewStatus.Requested).Min(h => h.ChangedUtc),
            Answered = history.Where(h => h.InterviewRequestId == id && (h.ToStatus == InterviewStatus.Accepted || h.ToStatus == InterviewStatus.Declined)).Min(h => h.ChangedUtc),
        }).ToListAsync(cancellationToken);
        var median = Median(replies.Select(r => BusinessDays.Between(r.Asked, r.Answered, clock.TimeZone)).ToList());
        return new FunnelWidget(days, counts.Requested, counts.Replied, counts.Scheduled, counts.Completed, counts.LedToResult, median);
    }

    private async Task<NetworkWidget> ReadNetworkAsync(int contacts, int introduced, Expression<Func<Contact, bool>> goingCold, int goingColdCount, DateOnly today, CancellationToken cancellationToken)
    {
        var perMonth = await Periods.Months(today, Months, clock.StartOfDayUtc).CountAsync(db.Contacts.AsNoTracking(), c => c.CreatedUtc, cancellationToken);
        var bySource = await db.Contacts.AsNoTracking().GroupBy(c => c.Source)
            .Select(g => new SourceCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var topIntroducer = await db.Contacts.AsNoTracking().Where(c => c.IntroducedById != null)
            .GroupBy(c => c.IntroducedById!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id).Take(1)
            .Join(db.Contacts, g => g.Id, c => c.Id, (g, c) => new TopIntroducer(c.Id, c.FullName, g.Count))
            .FirstOrDefaultAsync(cancellationToken);
        var cold = await db.Contacts.AsNoTracking().Where(goingCold)
            .OrderBy(c => c.LastTouchUtc ?? c.CreatedUtc).ThenBy(c => c.Id).Take(ListSize)
            .Select(c => new ColdContact(c.Id, c.FullName, c.LastTouchUtc, c.KeepInTouchDays, c.RepliedAs == Responsiveness.Booster))
            .ToListAsync(cancellationToken);
        return new NetworkWidget(contacts, perMonth, bySource.OrderByDescending(s => s.Count).ThenBy(s => s.Source).ToArray(), introduced, topIntroducer, cold, goingColdCount);
    }

    private async Task<ResultsWidget> ReadResultsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var opportunities = await db.Opportunities.AsNoTracking().GroupBy(o => new { o.Kind, o.Status })
            .Select(g => new OpportunityCount(g.Key.Kind, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        var months = Periods.Months(today, Months, clock.StartOfDayUtc);
        Expression<Func<InterviewRequest, DateTime>> completed = r => r.CompletedUtc!.Value;
        var counted = await db.InterviewRequests.AsNoTracking().Where(r => r.CompletedUtc != null).Where(months.Within(completed))
            .GroupBy(months.IndexOf(completed))
            .Select(g => new
            {
                g.Key,
                Unadvertised = g.Count(r => r.LearnedOfUnadvertisedOpportunity),
                OnRadar = g.Count(r => r.GotOnRadarOfKeyPerson),
                Insight = g.Count(r => r.GainedInsightForApplications),
                Referral = g.Count(r => r.WasReferred),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var perMonth = months.Starts.Select((start, i) => counted.TryGetValue(i, out var m)
            ? new ResultsMonth(start, m.Unadvertised, m.OnRadar, m.Insight, m.Referral)
            : new ResultsMonth(start, 0, 0, 0, 0)).ToArray();
        return new ResultsWidget(
            opportunities.OrderBy(o => o.Kind).ThenBy(o => o.Status).ToArray(),
            perMonth);
    }

    private async Task<IReadOnlyList<TargetCompany>> ReadTargetsAsync(CancellationToken cancellationToken) =>
        await CompanyRow.InLampOrder(db.Companies.AsNoTracking().Select(CompanyRow.FromEntity)).Take(TargetCount)
            .Select(c => new TargetCompany(c.Id, c.Name, c.Motivation, c.Posting, c.Advocacy, db.InterviewRequests.Count(r => r.CompanyId == c.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>The middle value, or the mean of the two middle values; null for none.</summary>
    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
