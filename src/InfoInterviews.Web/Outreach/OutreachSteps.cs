using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Outreach;

/// <summary>Which step of the outreach a message to a contact serves, from what it is written for.</summary>
public static class OutreachSteps
{
    /// <summary>
    /// A follow-up says what it is for; otherwise the interview's status does: a planned request
    /// is asked for, an unanswered one is followed up, and one they answered or held is thanked for.
    /// With neither, the message is a first request.
    /// </summary>
    public static OutreachStep For(InterviewStatus? interview, FollowUpKind? followUp) => followUp switch
    {
        FollowUpKind.ThankYou => OutreachStep.ThankYou,
        FollowUpKind.Nudge => OutreachStep.FollowUp,
        FollowUpKind.Update or FollowUpKind.KeepInTouch => OutreachStep.Update,
        _ => interview switch
        {
            InterviewStatus.Requested => OutreachStep.SecondContact,
            InterviewStatus.NoAnswer => OutreachStep.FollowUp,
            InterviewStatus.Accepted or InterviewStatus.Scheduled or InterviewStatus.Declined or InterviewStatus.Completed => OutreachStep.ThankYou,
            _ => OutreachStep.FirstRequest,
        },
    };
}
