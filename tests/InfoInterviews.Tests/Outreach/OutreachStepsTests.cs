using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Outreach;

namespace InfoInterviews.Tests.Outreach;

public sealed class OutreachStepsTests
{
    [Theory]
    [InlineData(null, OutreachStep.FirstRequest)]
    [InlineData(InterviewStatus.Planned, OutreachStep.FirstRequest)]
    [InlineData(InterviewStatus.Requested, OutreachStep.SecondContact)]
    [InlineData(InterviewStatus.NoAnswer, OutreachStep.FollowUp)]
    [InlineData(InterviewStatus.Completed, OutreachStep.ThankYou)]
    [InlineData(InterviewStatus.Accepted, OutreachStep.ThankYou)]
    [InlineData(InterviewStatus.Cancelled, OutreachStep.FirstRequest)]
    public void An_interview_picks_the_step_its_status_calls_for(InterviewStatus? status, OutreachStep expected)
    {
        Assert.Equal(expected, OutreachSteps.For(status, followUp: null));
    }

    [Theory]
    [InlineData(FollowUpKind.ThankYou, OutreachStep.ThankYou)]
    [InlineData(FollowUpKind.Nudge, OutreachStep.FollowUp)]
    [InlineData(FollowUpKind.Update, OutreachStep.Update)]
    [InlineData(FollowUpKind.KeepInTouch, OutreachStep.Update)]
    public void A_follow_up_picks_its_own_step_over_the_interviews(FollowUpKind kind, OutreachStep expected)
    {
        Assert.Equal(expected, OutreachSteps.For(InterviewStatus.Planned, kind));
    }

    [Fact]
    public void A_follow_up_of_another_kind_leaves_the_choice_to_the_interview()
    {
        Assert.Equal(OutreachStep.ThankYou, OutreachSteps.For(InterviewStatus.Completed, FollowUpKind.Other));
    }
}
