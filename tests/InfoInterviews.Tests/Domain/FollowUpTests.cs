using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class FollowUpTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Snoozing_moves_when_it_next_asks_for_attention()
    {
        var followUp = new FollowUp(FollowUpKind.ThankYou, "Thank Grace", Now);
        followUp.Snooze(Now.AddDays(2), Now);

        Assert.Equal(Now.AddDays(2), followUp.EffectiveDueUtc);
    }

    [Fact]
    public void A_snooze_must_end_in_the_future_and_a_done_follow_up_cannot_snooze()
    {
        var followUp = new FollowUp(FollowUpKind.Nudge, "Nudge Grace", Now);
        Assert.Throws<DomainRuleException>(() => followUp.Snooze(Now, Now));

        followUp.Complete(Now);
        Assert.Throws<DomainRuleException>(() => followUp.Snooze(Now.AddDays(1), Now));
        Assert.Throws<DomainRuleException>(() => followUp.Complete(Now));
    }
}
