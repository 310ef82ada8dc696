using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Guards;

/// <summary>
/// The app with two users, each with one row of every kind, and the app's pages, arranged once for
/// a test class on first use (so that a class whose database is missing still skips).
/// </summary>
public sealed class GuardFixture<TFactory> : IAsyncLifetime
    where TFactory : AppFactory, new()
{
    private Workspace? owner;
    private Workspace? other;
    private IReadOnlyList<AppPage>? pages;

    public TFactory Factory { get; } = new();

    /// <summary>The user whose rows the guards aim at.</summary>
    public Workspace Owner => owner ?? throw new InvalidOperationException("Call ArrangeAsync first.");

    /// <summary>A second user, who must not reach the owner's rows.</summary>
    public Workspace Other => other ?? throw new InvalidOperationException("Call ArrangeAsync first.");

    public IReadOnlyList<AppPage> Pages => pages ?? throw new InvalidOperationException("Call ArrangeAsync first.");

    public async Task ArrangeAsync()
    {
        // The tests of a class run one after another, so the first to come arranges for all.
        Factory.SkipUnlessAvailable();
        pages ??= await AppPage.AllAsync(Factory.Services);
        owner ??= await Workspace.ArrangeAsync(Factory, "Owner");
        other ??= await Workspace.ArrangeAsync(Factory, "Other");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        owner?.Dispose();
        other?.Dispose();
        await Factory.DisposeAsync();
    }
}
