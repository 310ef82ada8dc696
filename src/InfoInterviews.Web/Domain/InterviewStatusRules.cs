namespace InfoInterviews.Web.Domain;

/// <summary>Which status of an informational interview may follow which.</summary>
public static class InterviewStatusRules
{
    private static readonly Dictionary<InterviewStatus, InterviewStatus[]> Moves = new()
    {
        [InterviewStatus.Planned] = [InterviewStatus.Requested, InterviewStatus.Cancelled],
        [InterviewStatus.Requested] = [InterviewStatus.Accepted, InterviewStatus.Declined, InterviewStatus.NoAnswer, InterviewStatus.Cancelled],
        [InterviewStatus.Accepted] = [InterviewStatus.Scheduled, InterviewStatus.Cancelled],
        [InterviewStatus.Declined] = [InterviewStatus.Requested],
        [InterviewStatus.NoAnswer] = [InterviewStatus.Requested],
        [InterviewStatus.Scheduled] = [InterviewStatus.Completed, InterviewStatus.Cancelled],
        [InterviewStatus.Completed] = [],
        [InterviewStatus.Cancelled] = [],
    };

    /// <summary>States in which the request is still under way and may be cancelled.</summary>
    public static bool IsOpen(InterviewStatus status) =>
        status is InterviewStatus.Planned or InterviewStatus.Requested or InterviewStatus.Accepted or InterviewStatus.Scheduled;

    public static IReadOnlyList<InterviewStatus> AllowedFrom(InterviewStatus status) => Moves[status];

    public static bool CanMove(InterviewStatus from, InterviewStatus to) => Moves[from].Contains(to);
}
