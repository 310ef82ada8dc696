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
}
