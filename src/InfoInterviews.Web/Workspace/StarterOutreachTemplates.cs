using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Workspace;

/// <summary>
/// The outreach templates every new account starts with, one for each step: the first request, a
/// second contact three business days on, a follow-up seven days on, a thank-you and an update. Each
/// follows the five-point guidance: under a hundred words, the connection first, interest stated
/// generally, no request for a job, and a question as the ask.
/// </summary>
public static class StarterOutreachTemplates
{
    public static IReadOnlyList<StarterOutreachTemplate> All { get; } =
    [
        new(
            "First request",
            OutreachStep.FirstRequest,
            "Could I learn from your experience?",
            """
            Hi {FirstName},

            {Connection}. I am learning about work like yours, and your experience at {Company} would help me understand the field far better than anything I can read.

            Would you have 20 minutes in the next few weeks for a short call, at a time that suits you?

            Thank you,
            {MyName}
            """),
        new(
            "Second contact, three business days on",
            OutreachStep.SecondContact,
            "Following up: a short conversation?",
            """
            Hi {FirstName},

            {Connection}, and I wrote a few days ago to ask for a short conversation. I know your inbox is busy, so here is the short version: I would value your view of how you got where you are and what you would do in my place.

            Could we find 20 minutes on a day that suits you?

            Best wishes,
            {MyName}
            """),
        new(
            "Follow-up, seven days on",
            OutreachStep.FollowUp,
            "One more try: 15 minutes of your advice?",
            """
            Hi {FirstName},

            {Connection}, so I hope you will forgive one last note. I am still keen to hear how you see your field, and 15 minutes by phone or video would be plenty.

            If this is a busy time, is there a better month for me to ask again, or someone else you would suggest I speak with?

            Thank you,
            {MyName}
            """),
        new(
            "Thank-you",
            OutreachStep.ThankYou,
            "Thank you for your time",
            """
            Hi {FirstName},

            {Connection}, and after our conversation I wanted to thank you for your time and your candour. Your advice gave me a much clearer picture of the work at {Company}, and I am already acting on it.

            May I keep you posted on how things go?

            With thanks,
            {MyName}
            """),
        new(
            "Update on their advice",
            OutreachStep.Update,
            "An update, and thanks again for your advice",
            """
            Hi {FirstName},

            {Connection}, and I wanted to tell you what came of your advice. I followed up on the people and reading you pointed me to, and they have shaped my next steps.

            I would love to hear how things are going at {Company}. Would you be open to a short catch-up in the coming months?

            Best,
            {MyName}
            """),
    ];
}

/// <summary>One starter template, as it is written into a new account.</summary>
public sealed record StarterOutreachTemplate(string Name, OutreachStep Step, string Subject, string Body)
{
    public OutreachTemplate Build() => new(Name, Step, Subject, Body);
}
