using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace InfoInterviews.Bench;

/// <summary>One size's measurements: the scenario, what wrk saw on each page, and the app's memory after the run.</summary>
internal sealed record SizeRun(Scenario Scenario, IReadOnlyDictionary<string, LoadResult> Loads, long ResidentMegabytes);

/// <summary>The Markdown the benchmark prints and keeps in docs/performance.md, with each target checked.</summary>
internal static class Report
{
    /// <summary>Each list page's req/s at the largest size, as a share of the bare page's in the same run.</summary>
    public const double ListRatioTarget = 0.25;

    public const double DashboardRatioTarget = 0.20;

    public const double P50GrowthTarget = 1.5;

    public const double P99GrowthTarget = 2;

    public const double SearchGrowthTarget = 3;

    public const double WriteP99TargetMs = 1000;

    public const long MemoryTargetMegabytes = 300;

    public static string Markdown(BenchOptions options, IReadOnlyList<SizeRun> runs, WriteResult? write)
    {
        var small = runs[0];
        var large = runs[^1];
        var (s, l) = (Size(small), Size(large));
        var text = new StringBuilder();
        var baseline = large.Loads[Scenario.Baseline].RequestsPerSecond;
        text.AppendLine(Invariant($"{options.Connections} connections, {options.Seconds} s per page after a {options.WarmUpSeconds} s warm-up; the big workspace at {s} and at {l} contacts, beside {options.SmallUsers} small workspaces."));
        text.AppendLine();
        text.AppendLine(Invariant($"| page | req/s {s} | req/s {l} | × bare page at {l} | p50 ms {s} | p50 ms {l} | p50 {l} / {s} | p99 ms {s} | p99 ms {l} | p99 {l} / {s} | SQL commands {s} / {l} | failed requests | targets |"));
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var page in large.Scenario.Pages)
        {
            var (a, b) = (small.Loads[page.Name], large.Loads[page.Name]);
            var ratio = b.RequestsPerSecond / baseline;
            var (p50Growth, p99Growth) = (b.P50Ms / a.P50Ms, b.P99Ms / a.P99Ms);
            var (commandsSmall, commandsLarge) = (small.Scenario.Commands[page.Name], large.Scenario.Commands[page.Name]);
            var missed = Missed(page, ratio, p50Growth, p99Growth, commandsSmall == commandsLarge, a.Failures + b.Failures);
            if (a.Requests == 0 || b.Requests == 0)
            {
                // wrk times only the requests that finished: none finishing leaves no latency to show.
                missed.Insert(0, "a request finished within the run at each size");
                text.AppendLine(Invariant(
                    $"| {page.Name} | {Rate(a)} | {Rate(b)} | {ratio:F2} | {Latency(a, a.P50Ms)} | {Latency(b, b.P50Ms)} | – | {Latency(a, a.P99Ms)} | {Latency(b, b.P99Ms)} | – | {commandsSmall} / {commandsLarge} | {a.Failures + b.Failures} | missed: {string.Join(", ", missed)} |"));
                continue;
            }

            text.AppendLine(Invariant(
                $"| {page.Name} | {a.RequestsPerSecond:F0} | {b.RequestsPerSecond:F0} | {ratio:F2} | {a.P50Ms:F1} | {b.P50Ms:F1} | {p50Growth:F2} | {a.P99Ms:F1} | {b.P99Ms:F1} | {p99Growth:F2} | {commandsSmall} / {commandsLarge} | {a.Failures + b.Failures} | {(missed.Count == 0 ? "met" : "missed: " + string.Join(", ", missed))} |"));
        }

        text.AppendLine();
        if (write is not null)
        {
            var writeMet = write.Errors == 0 && write.P99Ms <= WriteP99TargetMs;
            text.AppendLine(Invariant(
                $"Write test at {l} contacts: {write.Clients} clients logging touches and editing contacts for {write.Seconds} s: {write.Writes:N0} saves, {write.Errors} errors, p50 {write.P50Ms:F0} ms, p99 {write.P99Ms:F0} ms ({(writeMet ? "met" : "missed")}: 0 errors and p99 ≤ {WriteP99TargetMs:F0} ms)."));
            if (write.FirstError is not null)
            {
                text.AppendLine(Invariant($"First error: {write.FirstError}."));
            }

            text.AppendLine();
        }

        text.AppendLine(Invariant(
            $"The app's resident memory after the run: {small.ResidentMegabytes} MB at {s} contacts, {large.ResidentMegabytes} MB at {l} ({(large.ResidentMegabytes <= MemoryTargetMegabytes ? "met" : "missed")}: ≤ {MemoryTargetMegabytes} MB)."));
        text.AppendLine();
        var w = large.Scenario.Workspace;
        text.AppendLine(Invariant(
            $"The big workspace at {l}: {w.Contacts:N0} contacts at {w.Companies:N0} companies, {w.Tags} tags, {w.Interviews:N0} interviews, {w.FollowUps:N0} follow-ups and {w.Touches:N0} touches, made by the sample data generator."));
        if (large.Scenario.Import is { } import)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"| import of {import.Connections:N0} LinkedIn connections ({import.Kilobytes:N0} KiB) into the workspace at {l} | ms |"));
            text.AppendLine("| --- | ---: |");
            text.AppendLine(Invariant($"| upload and preview | {import.PreviewMs:F0} |"));
            text.AppendLine(Invariant($"| confirm (all new) | {import.ConfirmMs:F0} |"));
            text.AppendLine(Invariant($"| upload and preview again ({import.SecondPreview}) | {import.PreviewAgainMs:F0} |"));
        }

        return text.ToString();
    }

    /// <summary>docs/performance.md: the run's table under the machine it ran on.</summary>
    public static string Document(string table, IReadOnlyList<string> args) => Invariant($"""
        # Performance

        The latest run of the benchmark (`bench/`, described in bench/README.md), kept here by it. Reproduce it with
        one command from the repository's root:

        ```sh
        bench/run{(args.Count == 0 ? string.Empty : " " + string.Join(' ', args))}
        ```

        Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}. The load generator (wrk) and the app share
        the cores, so each page is compared with a bare page measured in the same run.

        {table}
        """);

    private static List<string> Missed(BenchPage page, double ratio, double p50Growth, double p99Growth, bool sameCommands, long failures)
    {
        var missed = new List<string>();
        if (page.Name == Scenario.Baseline)
        {
            return missed;
        }

        var isSearch = page.Url.Contains("q=", StringComparison.Ordinal);
        var ratioTarget = page.Url == "/" ? DashboardRatioTarget : ListRatioTarget;
        if (ratio < ratioTarget)
        {
            missed.Add(Invariant($"× bare page ≥ {ratioTarget:F2}"));
        }

        if (p50Growth > (isSearch ? SearchGrowthTarget : P50GrowthTarget))
        {
            missed.Add(Invariant($"p50 growth ≤ {(isSearch ? SearchGrowthTarget : P50GrowthTarget)}"));
        }

        if (p99Growth > (isSearch ? SearchGrowthTarget : P99GrowthTarget))
        {
            missed.Add(Invariant($"p99 growth ≤ {(isSearch ? SearchGrowthTarget : P99GrowthTarget)}"));
        }

        if (!sameCommands)
        {
            missed.Add("same SQL commands");
        }

        if (failures > 0)
        {
            missed.Add("no failed request");
        }

        return missed;
    }

    private static string Rate(LoadResult load) => load.Requests == 0 ? "none finished" : Invariant($"{load.RequestsPerSecond:F0}");

    private static string Latency(LoadResult load, double ms) => load.Requests == 0 ? "–" : Invariant($"{ms:F1}");

    private static string Size(SizeRun run) => run.Scenario.Size.ToString("N0", CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "an unknown processor";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;
        return Invariant($"{Environment.ProcessorCount} cores ({cpu}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024} GiB, {os}, .NET {Environment.Version}, SQLite");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
