using InfoInterviews.Web.Domain;
using static InfoInterviews.Web.Domain.InterviewStatus;

namespace InfoInterviews.Tests.Domain;

public sealed class InterviewStatusRulesTests
{
    // The allowed paths, written out independently of the rules under test.
    private static readonly HashSet<(InterviewStatus From, InterviewStatus To)> Allowed =
    [
        (Planned, Requested), (Planned, Cancelled),
        (Requested, Accepted), (Requested, Declined), (Requested, NoAnswer), (Requested, Cancelled),
        (Accepted, Scheduled), (Accepted, Cancelled),
        (Declined, Requested),
        (NoAnswer, Requested),
        (Scheduled, Completed), (Scheduled, Cancelled),
    ];

    public static TheoryData<InterviewStatus, InterviewStatus> EveryPair()
    {
        var data = new TheoryData<InterviewStatus, InterviewStatus>();
        foreach (var from in Enum.GetValues<InterviewStatus>())
        {
            foreach (var to in Enum.GetValues<InterviewStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void A_move_is_allowed_exactly_when_it_is_on_an_allowed_path(InterviewStatus from, InterviewStatus to) =>
        Assert.Equal(Allowed.Contains((from, to)), InterviewStatusRules.CanMove(from, to));

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_entity_accepts_allowed_moves_and_refuses_the_rest(InterviewStatus from, InterviewStatus to)
    {
        var at = new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);
        var request = Interviews.InStatus(from, at);
        var historyBefore = request.History.Count;

        void Move()
        {
            if (to == Scheduled)
            {
                request.Schedule(at.AddDays(7), 30, MeetingFormat.Video, "https://meet.example/abc", at);
            }
            else if (to == Completed)
            {
                request.Complete(at, at);
            }
            else
            {
                request.MoveTo(to, at);
            }
        }

        if (Allowed.Contains((from, to)))
        {
            Move();
            Assert.Equal(to, request.Status);
            var last = request.History.Last();
            Assert.Equal(historyBefore + 1, request.History.Count);
            Assert.Equal((InterviewStatus?)from, last.FromStatus);
            Assert.Equal(to, last.ToStatus);
            Assert.Equal(at, last.ChangedUtc);
        }
        else if (from == Scheduled && to == Scheduled)
        {
            // Rescheduling is not a status move, but it is allowed and kept in the history.
            Move();
            Assert.Equal(historyBefore + 1, request.History.Count);
        }
        else
        {
            var error = Assert.Throws<DomainRuleException>(Move);
            Assert.Equal(from, request.Status);
            Assert.Equal(historyBefore, request.History.Count);
            Assert.NotEmpty(error.Message);
        }
    }

    [Fact]
    public void Open_states_are_those_that_may_be_cancelled()
    {
        foreach (var status in Enum.GetValues<InterviewStatus>())
        {
            Assert.Equal(Allowed.Contains((status, Cancelled)), InterviewStatusRules.IsOpen(status));
        }
    }

    [Fact]
    public void A_refused_move_names_both_statuses_in_words()
    {
        var request = Interviews.InStatus(Planned, DateTime.UtcNow);
        var error = Assert.Throws<DomainRuleException>(() => request.Complete(DateTime.UtcNow, DateTime.UtcNow));
        Assert.Equal("An interview that is Planned cannot be marked Completed.", error.Message);
    }
}
