using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// Runs a test's action once, just before the app's next save, to play a second request that gets to
/// the database first: a race made deterministic. Tests in one class run one at a time, so an armed
/// action meets the save of the request the test sends next.
/// </summary>
public sealed class SaveHook : SaveChangesInterceptor
{
    private Func<Task>? next;

    public void BeforeNextSave(Func<Task> action) => next = action;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // Taken before it runs, so the action's own save does not run it again.
        if (Interlocked.Exchange(ref next, null) is { } action)
        {
            await action();
        }

        return result;
    }
}
