namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// A missing server or browser skips a test on a developer's machine; under <c>CI=true</c> it fails
/// the test instead, so that CI never passes by skipping.
/// </summary>
public static class Prerequisites
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <returns>The reason to skip, or null when nothing is missing.</returns>
    public static string? Missing(bool isMissing, string reason)
    {
        if (!isMissing)
        {
            return null;
        }

        return InCi ? throw new InvalidOperationException($"CI=true and a prerequisite is missing: {reason}") : reason;
    }
}
