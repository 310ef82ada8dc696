using System.Globalization;

namespace InfoInterviews.Bench;

/// <summary>
/// What one run measures. Every option has the value the published results were taken with, so that
/// <c>bench/run</c> without arguments reproduces them; a shorter run is for trying a change.
/// </summary>
internal sealed record BenchOptions(
    IReadOnlyList<int> Sizes,
    int SmallUsers,
    int Connections,
    int WarmUpSeconds,
    int Seconds,
    int WriteSeconds,
    bool WriteDocs)
{
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions([1_000, 100_000], SmallUsers: 100, Connections: 16, WarmUpSeconds: 5, Seconds: 15, WriteSeconds: 60, WriteDocs: true);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray() },
                "--small-users" => options with { SmallUsers = Number() },
                "--connections" => options with { Connections = Number() },
                "--warm-up" => options with { WarmUpSeconds = Number() },
                "--seconds" => options with { Seconds = Number() },
                "--write-seconds" => options with { WriteSeconds = Number() },
                "--no-docs" => options with { WriteDocs = false },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}. Options: --sizes 1000,100000 --small-users 100 --connections 16 --warm-up 5 --seconds 15 --write-seconds 60 --no-docs"),
            };
        }

        return options;
    }

    public int LargestSize => Sizes[^1];

    public int SmallestSize => Sizes[0];
}
