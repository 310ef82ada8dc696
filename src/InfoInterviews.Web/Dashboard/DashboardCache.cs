using Microsoft.Extensions.Caching.Memory;

namespace InfoInterviews.Web.Dashboard;

/// <summary>What the dashboard shows of one workspace: its widgets (null while it is empty) and whether it holds sample data.</summary>
public sealed record DashboardFigures(DashboardView? View, bool HasSample);

/// <summary>
/// Everything the figures depend on: the workspace at one version, seen from one time zone on one day
/// and at one hour (what is due, waiting or going cold moves with them), over one funnel window.
/// </summary>
public readonly record struct DashboardKey(string OwnerId, long Version, string TimeZoneId, DateOnly Today, DateTime HourUtc, int FunnelDays);

/// <summary>
/// The dashboards computed lately, in memory, each under the key it was computed for: a key that no
/// longer matches (the workspace moved on, the day or hour turned) is never asked for again, and
/// leaves by its expiry or by the size limit (docs/decisions/0015-dashboard-cached-by-workspace-version.md).
/// </summary>
public sealed class DashboardCache : IDisposable
{
    /// <summary>At a few kilobytes each, this many dashboards stay well within the app's memory budget.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>A dashboard nobody looked at for this long is dropped even if still current.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>The figures kept under <paramref name="key"/>, or those <paramref name="compute"/> makes, then kept.</summary>
    public async Task<DashboardFigures> GetOrComputeAsync(DashboardKey key, Func<Task<DashboardFigures>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (cache.TryGetValue(key, out DashboardFigures? kept) && kept is not null)
        {
            return kept;
        }

        var figures = await compute();

        // No figure of this key holds past its hour, so it need not be kept longer either.
        cache.Set(key, figures, new MemoryCacheEntryOptions
        {
            Size = 1,
            SlidingExpiration = Idle,
            AbsoluteExpiration = new DateTimeOffset(key.HourUtc.AddHours(1), TimeSpan.Zero),
        });
        return figures;
    }

    public void Dispose() => cache.Dispose();
}
