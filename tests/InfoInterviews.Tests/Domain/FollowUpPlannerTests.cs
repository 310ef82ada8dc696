using InfoInterviews.Web.Domain;
using Microsoft.Extensions.Time.Testing;

namespace InfoInterviews.Tests.Domain;

public sealed class FollowUpPlannerTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Friday 4 December 2026, 10:00 in Paris.</summary>
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Fact]
    public void An_ask_on_a_Friday_plans_a_second_contact_on_Wednesday_and_a_nudge_on_the_Tuesday_after()
    {
        var interview = Requested(new Contact("Grace", "Hopper", Now));

        var planned = FollowUpPlanner.PlanNudges(interview, "Navy", Now, Paris, []);

        Assert.Collection(
            planned,
            second =>
            {
                Assert.Equal(FollowUpKind.SecondContact, second.Kind);
                Assert.Equal("Reach a second contact at Navy", second.Title);
                Assert.Equal(new DateTime(2026, 12, 9, 9, 0, 0, DateTimeKind.Utc), second.DueUtc);
                Assert.Same(interview, second.InterviewRequest);
            },
            nudge =>
            {
                Assert.Equal(FollowUpKind.Nudge, nudge.Kind);
                Assert.Equal("Follow up with Grace Hopper", nudge.Title);
                Assert.Equal(new DateTime(2026, 12, 15, 9, 0, 0, DateTimeKind.Utc), nudge.DueUtc);
            });
    }

    [Fact]
    public void Without_a_company_only_the_nudge_is_planned_and_an_open_one_is_not_planned_twice()
    {
        var interview = Requested(new Contact("Grace", "Hopper", Now));

        var first = FollowUpPlanner.PlanNudges(interview, null, Now, Paris, []);
        var again = FollowUpPlanner.PlanNudges(interview, null, Now, Paris, first);

        Assert.Equal([FollowUpKind.Nudge], first.Select(f => f.Kind));
        Assert.Empty(again);
    }

    [Fact]
    public void A_reply_closes_the_open_nudges_planned_before_it_and_nothing_else()
    {
        var contact = new Contact("Grace", "Hopper", Now);
        var interview = Requested(contact);
        var nudges = FollowUpPlanner.PlanNudges(interview, "Navy", Now, Paris, []);
        var thankYou = new FollowUp(contact, FollowUpKind.ThankYou, "Thank Grace", Now.AddDays(1), Now);
        clock.Advance(TimeSpan.FromDays(3));

        FollowUpPlanner.CloseNudges([.. nudges, thankYou], Now);

        Assert.All(nudges, n => Assert.Equal(Now, n.CompletedUtc));
        Assert.False(thankYou.IsDone);
    }

    [Fact]
    public void A_touch_from_before_the_ask_closes_nothing()
    {
        var interview = Requested(new Contact("Grace", "Hopper", Now));
        var nudges = FollowUpPlanner.PlanNudges(interview, null, Now, Paris, []);

        FollowUpPlanner.CloseNudges(nudges, Now.AddHours(-1));

        Assert.All(nudges, n => Assert.False(n.IsDone));
    }

    [Fact]
    public void A_meeting_plans_a_thank_you_and_an_update_at_the_users_offsets_once()
    {
        var interview = Interviews.InStatus(InterviewStatus.Scheduled, Now);
        clock.Advance(TimeSpan.FromDays(1));
        interview.Complete(Now, Now);

        var planned = FollowUpPlanner.PlanAfterMeeting(interview, 1, 28, []);
        planned[0].Complete(Now);
        var again = FollowUpPlanner.PlanAfterMeeting(interview, 1, 28, planned);

        Assert.Equal([(FollowUpKind.ThankYou, Now.AddDays(1)), (FollowUpKind.Update, Now.AddDays(28))], planned.Select(f => (f.Kind, f.DueUtc)));
        Assert.Empty(again);
    }

    [Fact]
    public void A_rhythm_keeps_one_follow_up_due_after_the_last_touch_and_moves_it_with_each_touch()
    {
        var contact = new Contact("Grace", "Hopper", Now);
        contact.KeepInTouchEvery(30);
        contact.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, Now, null);

        var first = FollowUpPlanner.KeepInTouch(contact, [], null).Added!;
        clock.Advance(TimeSpan.FromDays(5));
        contact.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, Now, null);
        var moved = FollowUpPlanner.KeepInTouch(contact, [first], null);

        Assert.Null(moved.Added);
        Assert.Equal(Now.AddDays(30), first.DueUtc);
        Assert.Equal(FollowUpKind.KeepInTouch, first.Kind);
    }

    [Fact]
    public void A_rhythm_counts_from_the_last_keep_in_touch_done_and_without_a_rhythm_the_open_one_is_moot()
    {
        var contact = new Contact("Grace", "Hopper", Now);
        contact.KeepInTouchEvery(14);
        var kept = Now.AddDays(20);

        var next = FollowUpPlanner.KeepInTouch(contact, [], kept).Added!;
        contact.KeepInTouchEvery(null);
        var dropped = FollowUpPlanner.KeepInTouch(contact, [next], kept);

        Assert.Equal(kept.AddDays(14), next.DueUtc);
        Assert.Null(dropped.Added);
        Assert.Equal([next], dropped.Moot);
    }

    [Fact]
    public void A_reply_within_three_business_days_makes_a_Booster_later_an_Obligate_and_none_after_seven_a_Curmudgeon()
    {
        var booster = new Contact("Grace", "Hopper", Now);
        var obligate = new Contact("Ada", "Lovelace", Now);
        var curmudgeon = new Contact("Alan", "Turing", Now);
        foreach (var contact in new[] { booster, obligate, curmudgeon })
        {
            contact.AwaitReply(Now, Paris);
        }

        clock.Advance(TimeSpan.FromDays(5));
        booster.NoteReply(Now, Paris);
        clock.Advance(TimeSpan.FromDays(1));
        obligate.NoteReply(Now, Paris);

        Assert.Equal(Responsiveness.Booster, booster.ResponsivenessAt(Now));
        Assert.Equal(Responsiveness.Obligate, obligate.ResponsivenessAt(Now));
        Assert.Null(curmudgeon.ResponsivenessAt(Now));

        clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(Responsiveness.Curmudgeon, curmudgeon.ResponsivenessAt(Now));
        Assert.Equal(Responsiveness.Booster, booster.ResponsivenessAt(Now));
    }

    private InterviewRequest Requested(Contact contact)
    {
        var interview = new InterviewRequest(contact, InterviewPurpose.Career, null, AskChannel.Email, Now);
        interview.MoveTo(InterviewStatus.Requested, Now);
        return interview;
    }
}
