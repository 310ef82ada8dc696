using InfoInterviews.Web.Domain;
using static InfoInterviews.Web.Domain.InterviewStatus;

namespace InfoInterviews.Tests.Domain;

/// <summary>Builds interview requests for domain tests, walked to a status along allowed moves.</summary>
public static class Interviews
{
    public static InterviewRequest New(DateTime at) =>
        new(new Contact("Grace", "Hopper", at), InterviewPurpose.Career, "What does the work look like?", AskChannel.Email, at);

    public static InterviewRequest InStatus(InterviewStatus status, DateTime at)
    {
        var request = New(at);
        Walk(request, status, at);
        return request;
    }

    /// <summary>Moves a planned request along allowed moves to <paramref name="status"/>, all at one time.</summary>
    public static void Walk(InterviewRequest request, InterviewStatus status, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(request);
        InterviewStatus[] path = status switch
        {
            Planned => [],
            Requested => [Requested],
            Accepted => [Requested, Accepted],
            Declined => [Requested, Declined],
            NoAnswer => [Requested, NoAnswer],
            Scheduled => [Requested, Accepted, Scheduled],
            Completed => [Requested, Accepted, Scheduled, Completed],
            Cancelled => [Cancelled],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            if (step == Scheduled)
            {
                request.Schedule(at.AddDays(1), 30, MeetingFormat.Phone, null, at);
            }
            else if (step == Completed)
            {
                request.Complete(at, at);
            }
            else
            {
                request.MoveTo(step, at);
            }
        }
    }
}
