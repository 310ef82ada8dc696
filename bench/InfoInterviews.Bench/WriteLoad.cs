using System.Diagnostics;
using System.Globalization;
using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Bench;

/// <summary>What the write test saw: saves made, saves that failed (with the first failure), and the save latency.</summary>
internal sealed record WriteResult(int Clients, int Seconds, int Writes, int Errors, string? FirstError, double P50Ms, double P99Ms);

/// <summary>
/// Clients at once, each in its own browser session of the big workspace's user, each on a contact of
/// its own: log a touch on the contact's page, then edit the contact's role, again and again. Only the
/// form posts are timed; a save counts as done when it redirects as a successful save does.
/// </summary>
internal static class WriteLoad
{
    public static async Task<WriteResult> RunAsync(Uri address, Scenario scenario, int seconds)
    {
        var sessions = new List<SignedIn>();
        foreach (var _ in scenario.WriteContactIds)
        {
            sessions.Add(await SignedIn.CreateAsync(address, scenario.User));
        }

        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(sessions.Select((session, i) => WriteUntilAsync(session.Client, scenario.WriteContactIds[i], clock, TimeSpan.FromSeconds(seconds))));
        sessions.ForEach(s => s.Dispose());

        var times = outcomes.SelectMany(o => o.Times).Order().ToArray();
        var errors = outcomes.Sum(o => o.Errors.Count);
        return new WriteResult(sessions.Count, seconds, times.Length + errors, errors, outcomes.SelectMany(o => o.Errors).FirstOrDefault(),
            Percentile(times, 0.50), Percentile(times, 0.99));
    }

    private static async Task<(List<double> Times, List<string> Errors)> WriteUntilAsync(AppClient client, int contactId, Stopwatch clock, TimeSpan length)
    {
        var times = new List<double>();
        var errors = new List<string>();
        for (var n = 0; clock.Elapsed < length; n++)
        {
            var touch = n % 2 == 0;
            try
            {
                var page = await client.GetPageAsync(touch ? $"/Contacts/{contactId}" : $"/Contacts/{contactId}/Edit");
                var watch = Stopwatch.StartNew();
                using var saved = touch
                    ? await client.SubmitAsync(page, "#log-touch", new Dictionary<string, string?> { ["Touch.Summary"] = $"Talked about the role, take {n}" })
                    : await client.SubmitAsync(page, "#contact-form", new Dictionary<string, string?> { ["Input.Role"] = $"Engineer, level {n}" });
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (saved.StatusCode == HttpStatusCode.Redirect)
                {
                    times.Add(elapsed);
                }
                else
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{(touch ? "logging a touch" : "editing")} contact {contactId}: {(int)saved.StatusCode}"));
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                errors.Add($"contact {contactId}: {e.Message}");
            }
        }

        return (times, errors);
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
