using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class InterviewRequestTests
{
    private static readonly DateTime At = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_request_is_planned_with_one_history_row_and_keeps_the_contacts_name()
    {
        var request = Interviews.New(At);

        Assert.Equal(InterviewStatus.Planned, request.Status);
        var first = Assert.Single(request.History);
        Assert.Null(first.FromStatus);
        Assert.Equal(At, first.ChangedUtc);
        Assert.Equal("Grace Hopper", request.ContactName);
    }

    [Fact]
    public void Rescheduling_keeps_each_schedule_in_the_history()
    {
        var request = Interviews.InStatus(InterviewStatus.Accepted, At);
        var first = At.AddDays(3);
        var second = At.AddDays(5);

        request.Schedule(first, 45, MeetingFormat.Coffee, "Corner café", At.AddHours(1));
        request.Schedule(second, 30, MeetingFormat.Video, " https://meet.example/x ", At.AddHours(2));

        Assert.Equal(second, request.ScheduledStartUtc);
        Assert.Equal(30, request.DurationMinutes);
        Assert.Equal("https://meet.example/x", request.LocationOrLink);
        Assert.Equal([first, second], request.History.Where(h => h.ScheduledStartUtc is not null).Select(h => h.ScheduledStartUtc!.Value));
    }

    [Fact]
    public void Scheduling_needs_a_utc_start_and_a_sensible_duration()
    {
        var request = Interviews.InStatus(InterviewStatus.Accepted, At);

        Assert.Throws<ArgumentException>(() => request.Schedule(DateTime.SpecifyKind(At, DateTimeKind.Local), 30, MeetingFormat.Phone, null, At));
        Assert.Throws<DomainRuleException>(() => request.Schedule(At.AddDays(1), 0, MeetingFormat.Phone, null, At));
        Assert.Equal(InterviewStatus.Accepted, request.Status);
    }

    [Fact]
    public void Moving_to_scheduled_without_a_time_is_refused()
    {
        var request = Interviews.InStatus(InterviewStatus.Accepted, At);
        Assert.Throws<DomainRuleException>(() => request.MoveTo(InterviewStatus.Scheduled, At));
    }

    [Fact]
    public void Completing_records_the_time_and_allows_an_outcome()
    {
        var request = Interviews.InStatus(InterviewStatus.Completed, At);
        request.RecordOutcome(new InterviewOutcome("Insight", "Advice", "A book", "Write back", 4, true, false, true, false));

        Assert.Equal(At, request.CompletedUtc);
        Assert.Equal(4, request.Usefulness);
        Assert.True(request.LearnedOfUnadvertisedOpportunity);
        Assert.True(request.GainedInsightForApplications);
        Assert.False(request.WasReferred);
    }

    [Fact]
    public void An_outcome_needs_a_completed_interview_and_a_rating_from_one_to_five()
    {
        var scheduled = Interviews.InStatus(InterviewStatus.Scheduled, At);
        var outcome = new InterviewOutcome(null, null, null, null, 3, false, false, false, false);
        Assert.Throws<DomainRuleException>(() => scheduled.RecordOutcome(outcome));

        var completed = Interviews.InStatus(InterviewStatus.Completed, At);
        Assert.Throws<DomainRuleException>(() => completed.RecordOutcome(outcome with { Usefulness = 6 }));
    }

    [Fact]
    public void Questions_added_to_an_interview_follow_those_it_has()
    {
        var request = Interviews.New(At);
        request.AddQuestions(["First?", "Second?"]);
        request.AddQuestions(["Third?"]);

        Assert.Equal(["First?", "Second?", "Third?"], request.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [Theory]
    [InlineData(AskChannel.Email, InteractionKind.Email)]
    [InlineData(AskChannel.LinkedIn, InteractionKind.Message)]
    [InlineData(AskChannel.Phone, InteractionKind.Call)]
    [InlineData(AskChannel.Introduction, InteractionKind.Message)]
    public void Marking_requested_then_accepted_logs_an_outgoing_then_an_incoming_touch_on_the_contact(AskChannel channel, InteractionKind kind)
    {
        var request = new InterviewRequest(new Contact("Grace", "Hopper", At), InterviewPurpose.Career, null, channel, At);

        request.MoveTo(InterviewStatus.Requested, At.AddHours(1));
        request.MoveTo(InterviewStatus.Accepted, At.AddHours(2));

        var touches = request.Contact!.Interactions.OrderBy(i => i.OccurredUtc).ToList();
        Assert.Equal([InteractionDirection.Outgoing, InteractionDirection.Incoming], touches.Select(t => t.Direction));
        Assert.All(touches, t => Assert.Equal(kind, t.Kind));
        Assert.Equal(At.AddHours(2), request.Contact.LastTouchUtc);
    }

    [Theory]
    [InlineData(InterviewStatus.Declined)]
    [InlineData(InterviewStatus.NoAnswer)]
    [InlineData(InterviewStatus.Cancelled)]
    public void Other_moves_log_no_touch(InterviewStatus to)
    {
        var request = Interviews.InStatus(InterviewStatus.Requested, At);
        var before = request.Contact!.Interactions.Count;

        request.MoveTo(to, At.AddDays(1));

        Assert.Equal(before, request.Contact.Interactions.Count);
    }

    [Fact]
    public void Asking_again_after_no_answer_logs_another_touch()
    {
        var request = Interviews.InStatus(InterviewStatus.NoAnswer, At);

        request.MoveTo(InterviewStatus.Requested, At.AddDays(7));

        Assert.Equal(2, request.Contact!.Interactions.Count(i => i.Direction == InteractionDirection.Outgoing));
        Assert.Equal(At.AddDays(7), request.Contact.LastTouchUtc);
    }

    [Fact]
    public void A_suggested_person_is_introduced_by_the_interviews_contact_and_linked_to_the_interview()
    {
        var request = Interviews.InStatus(InterviewStatus.Completed, At);

        var person = request.SuggestPerson(" Katherine ", "Johnson", "  Analyst ", At.AddDays(1));

        Assert.Equal("Katherine Johnson", person.FullName);
        Assert.Equal("Analyst", person.Role);
        Assert.Equal(ContactSource.Introduced, person.Source);
        Assert.Same(request.Contact, person.IntroducedBy);
        Assert.Same(request, person.SuggestedInInterview);
        Assert.Equal(At.AddDays(1), person.CreatedUtc);
    }

    [Fact]
    public void A_suggested_person_needs_a_first_name()
    {
        var request = Interviews.InStatus(InterviewStatus.Completed, At);
        Assert.Throws<DomainRuleException>(() => request.SuggestPerson(" ", null, null, At));
    }

    [Fact]
    public void A_question_for_one_interview_needs_text_and_fits_its_column()
    {
        var request = Interviews.New(At);

        Assert.Throws<DomainRuleException>(() => request.AddQuestions([" "]));
        Assert.Throws<DomainRuleException>(() => request.AddQuestions([new string('q', InterviewQuestion.TextMaxLength + 1)]));
        request.AddQuestions([new string('q', InterviewQuestion.TextMaxLength)]);
        Assert.Single(request.Questions);
    }

    [Fact]
    public void Completing_records_the_meeting_at_the_time_it_took_place_on_the_contact()
    {
        var request = Interviews.InStatus(InterviewStatus.Scheduled, At);
        var tookPlace = At.AddDays(1);

        request.Complete(tookPlace, At.AddDays(3));

        Assert.Equal(tookPlace, request.CompletedUtc);
        Assert.Equal(tookPlace, request.History.Single(h => h.ToStatus == InterviewStatus.Completed).ChangedUtc);
        var meeting = request.Contact!.Interactions.Single(i => i.OccurredUtc == tookPlace);
        Assert.Equal(InteractionKind.Call, meeting.Kind);
        Assert.Same(request, meeting.InterviewRequest);
        Assert.Equal(tookPlace, request.Contact.LastTouchUtc);
    }

    [Fact]
    public void Completing_at_a_time_still_ahead_is_refused_and_changes_nothing()
    {
        var request = Interviews.InStatus(InterviewStatus.Scheduled, At);
        var touches = request.Contact!.Interactions.Count;

        var error = Assert.Throws<DomainRuleException>(() => request.Complete(At.AddHours(1), At));

        Assert.Contains("not in the future", error.Message, StringComparison.Ordinal);
        Assert.Equal(InterviewStatus.Scheduled, request.Status);
        Assert.Null(request.CompletedUtc);
        Assert.Equal(touches, request.Contact.Interactions.Count);
    }

    [Fact]
    public void Completing_is_not_a_plain_move()
    {
        var request = Interviews.InStatus(InterviewStatus.Scheduled, At);
        Assert.Throws<DomainRuleException>(() => request.MoveTo(InterviewStatus.Completed, At));
        Assert.Equal(InterviewStatus.Scheduled, request.Status);
    }

    [Fact]
    public void A_request_already_agreed_is_asked_accepted_and_scheduled_at_one_time_with_its_touches_linked()
    {
        var request = Interviews.New(At);
        var start = At.AddDays(2);

        request.ScheduleAgreed(start, 45, MeetingFormat.Video, "https://meet.example/a", At.AddMinutes(5));

        Assert.Equal(InterviewStatus.Scheduled, request.Status);
        Assert.Equal(start, request.ScheduledStartUtc);
        var steps = request.History.Where(h => h.FromStatus is not null).ToList();
        Assert.Equal([InterviewStatus.Requested, InterviewStatus.Accepted, InterviewStatus.Scheduled], steps.Select(h => h.ToStatus));
        Assert.All(steps, h => Assert.Equal(At.AddMinutes(5), h.ChangedUtc));
        Assert.Equal(2, request.Contact!.Interactions.Count);
        Assert.All(request.Contact.Interactions, touch => Assert.Same(request, touch.InterviewRequest));
    }

    [Fact]
    public void A_question_already_on_the_interview_is_not_added_again_whatever_its_case_or_spacing()
    {
        var request = Interviews.New(At);
        request.AddQuestions(["What does a day look like?"]);

        var added = request.AddQuestions(["what does a  day look like? ", "Whom else should I ask?", "Whom else should I ask?"]);

        Assert.Equal(1, added);
        Assert.Equal(["What does a day look like?", "Whom else should I ask?"], request.Questions.OrderBy(q => q.Position).Select(q => q.Text));
    }

    [Fact]
    public void Questions_on_one_interview_move_and_go_with_their_answers()
    {
        var request = Interviews.New(At);
        request.AddQuestions(["First?", "Second?", "Third?"]);
        var ordered = request.Questions.OrderBy(q => q.Position).ToList();
        ordered[0].Answer = "One";
        ordered[2].Answer = "Three";

        request.MoveQuestion(ordered[0], +1);
        request.RemoveQuestion(ordered[1]);

        var now = request.Questions.OrderBy(q => q.Position).ToList();
        Assert.Equal(["First?", "Third?"], now.Select(q => q.Text));
        Assert.Equal(["One", "Three"], now.Select(q => q.Answer));
        Assert.Equal([0, 1], now.Select(q => q.Position));
    }
}
