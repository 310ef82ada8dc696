using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Counts failed sign-ins against addresses that have no account, by the same lockout rule Identity
/// applies to real accounts, so the lockout answer does not tell whether an account exists. Counts are
/// kept in memory per app instance; the rate limiter bounds how many addresses one client can try.
/// </summary>
public sealed class UnknownAccountSignIns(IOptions<IdentityOptions> identity, TimeProvider time)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Attempts> attempts = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLockedOut(string userName) =>
        attempts.TryGetValue(userName.Trim(), out var entry) && entry.LockedUntil > time.GetUtcNow();

    /// <returns>True when this failure locks the address out.</returns>
    public bool RecordFailure(string userName)
    {
        var lockout = identity.Value.Lockout;
        var now = time.GetUtcNow();
        if (attempts.Count > PruneAbove)
        {
            foreach (var stale in attempts.Where(a => a.Value.LockedUntil < now - lockout.DefaultLockoutTimeSpan))
            {
                attempts.TryRemove(stale);
            }
        }

        var entry = attempts.AddOrUpdate(
            userName.Trim(),
            _ => new Attempts(1, now),
            (_, previous) => new Attempts(previous.Failures + 1, previous.LockedUntil));
        if (entry.Failures < lockout.MaxFailedAccessAttempts)
        {
            return false;
        }

        attempts[userName.Trim()] = new Attempts(0, now + lockout.DefaultLockoutTimeSpan);
        return true;
    }

    /// <param name="LockedUntil">The end of the last lockout, or the first failure if none: either way, in the past once the address is free, so entries older than a lockout can be pruned.</param>
    private sealed record Attempts(int Failures, DateTimeOffset LockedUntil);
}
