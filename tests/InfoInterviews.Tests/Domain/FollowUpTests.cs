using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class FollowUpTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Contact Grace = new("Grace", "Hopper", Now);

    [Fact]
    public void Snoozing_moves_the_stored_due_time()
    {
        var followUp = new FollowUp(Grace, FollowUpKind.ThankYou, "Thank Grace", Now, Now);
        followUp.SnoozeUntil(Now.AddDays(2), Now);

        Assert.Equal(Now.AddDays(2), followUp.DueUtc);
    }

    [Fact]
    public void A_snooze_must_end_in_the_future_and_a_done_follow_up_cannot_snooze()
    {
        var followUp = new FollowUp(Grace, FollowUpKind.Nudge, "Nudge Grace", Now, Now);
        Assert.Throws<DomainRuleException>(() => followUp.SnoozeUntil(Now, Now));

        followUp.Complete(Now);
        Assert.Throws<DomainRuleException>(() => followUp.SnoozeUntil(Now.AddDays(1), Now));
        Assert.Throws<DomainRuleException>(() => followUp.Complete(Now));
    }

    [Fact]
    public void A_follow_up_belongs_only_to_an_interview_with_the_same_contact()
    {
        var followUp = new FollowUp(Grace, FollowUpKind.ThankYou, "Thank Grace", Now, Now);
        var withSomeoneElse = new InterviewRequest(new Contact("Ada", null, Now), InterviewPurpose.Career, null, AskChannel.Email, Now);

        Assert.Throws<DomainRuleException>(() => followUp.BelongTo(withSomeoneElse));

        var withGrace = new InterviewRequest(Grace, InterviewPurpose.Career, null, AskChannel.Email, Now);
        followUp.BelongTo(withGrace);
        Assert.Same(withGrace, followUp.InterviewRequest);
    }
}
