using InfoInterviews.Web.Data;

namespace InfoInterviews.Tests.Data;

/// <summary>Saves to one SQLite database take turns in this process, without a thread waiting, and a nested save never waits for itself.</summary>
public sealed class WriteTurnsTests
{
    private readonly string database = $"Data Source={Guid.NewGuid():N}.db";

    [Fact]
    public async Task A_second_writer_waits_until_the_first_releases_its_turn()
    {
        var first = await WriteTurns.TakeAsync(database, CancellationToken.None);
        Assert.NotNull(first);

        var second = WriteTurns.TakeAsync(database, CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Release();
        Assert.Same(first, await second);
        first.Release();
    }

    [Fact]
    public async Task Writers_to_other_databases_do_not_wait_for_each_other()
    {
        var first = await WriteTurns.TakeAsync(database, CancellationToken.None);
        var other = await WriteTurns.TakeAsync(database + ".other", CancellationToken.None);

        Assert.NotNull(other);
        Assert.NotSame(first, other);
        first!.Release();
        other.Release();
    }

    [Fact]
    public async Task A_save_made_while_this_flow_holds_the_turn_goes_ahead_without_waiting()
    {
        var turn = await WriteTurns.TakeAsync(database, CancellationToken.None);
        WriteTurns.MarkHeld(turn!);

        Assert.Null(await WriteTurns.TakeAsync(database, CancellationToken.None));
        turn!.Release();
    }

    [Fact]
    public async Task A_writer_that_gives_up_waiting_leaves_the_turn_to_the_others()
    {
        var first = await WriteTurns.TakeAsync(database, CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var waiting = WriteTurns.TakeAsync(database, giveUp.Token);
        Assert.False(waiting.IsCompleted);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first!.Release();
        var next = await WriteTurns.TakeAsync(database, CancellationToken.None);
        Assert.Same(first, next);
        next!.Release();
    }
}
