using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class QuestionSetTests
{
    private static QuestionSet WithQuestions(params string[] texts)
    {
        var set = new QuestionSet("Career", InterviewPurpose.Career);
        foreach (var text in texts)
        {
            set.Add(text);
        }

        return set;
    }

    private static string[] Order(QuestionSet set) => set.Ordered.Select(q => q.Text).ToArray();

    [Fact]
    public void Moving_a_question_swaps_it_with_its_neighbour_and_stops_at_the_ends()
    {
        var set = WithQuestions("A", "B", "C");

        set.Move(set.Questions.Single(q => q.Text == "C"), -1);
        Assert.Equal(["A", "C", "B"], Order(set));

        set.Move(set.Questions.Single(q => q.Text == "A"), -1);
        Assert.Equal(["A", "C", "B"], Order(set));
    }

    [Fact]
    public void Arranging_numbers_the_questions_in_the_order_given()
    {
        var set = WithQuestions("A", "B", "C");
        var (a, b, c) = (set.Questions.Single(q => q.Text == "A"), set.Questions.Single(q => q.Text == "B"), set.Questions.Single(q => q.Text == "C"));

        set.Arrange([c, a, b]);

        Assert.Equal(["C", "A", "B"], set.Ordered.Select(q => q.Text));
        Assert.Equal([0, 1, 2], set.Ordered.Select(q => q.Position));
    }

    [Fact]
    public void An_order_that_leaves_out_or_repeats_a_question_is_refused()
    {
        var set = WithQuestions("A", "B");
        var (a, b) = (set.Questions.Single(q => q.Text == "A"), set.Questions.Single(q => q.Text == "B"));

        Assert.Throws<DomainRuleException>(() => set.Arrange([b]));
        Assert.Throws<DomainRuleException>(() => set.Arrange([b, b]));
        Assert.Throws<DomainRuleException>(() => set.Arrange([b, WithQuestions("X").Questions.Single()]));
        Assert.Equal(["A", "B"], set.Ordered.Select(q => q.Text));
        Assert.Same(a, set.Ordered.First());
    }

    [Fact]
    public void Removing_a_question_closes_the_gap()
    {
        var set = WithQuestions("A", "B", "C");
        set.Remove(set.Questions.Single(q => q.Text == "B"));

        Assert.Equal(["A", "C"], Order(set));
        Assert.Equal([0, 1], set.Ordered.Select(q => q.Position));
    }

    [Fact]
    public void A_duplicate_copies_the_questions_and_is_independent()
    {
        var set = WithQuestions("A", "B");
        var copy = set.Duplicate("Career (copy)");
        set.Questions.First().Reword("Changed");

        Assert.Equal(["A", "B"], Order(copy));
        Assert.Equal(InterviewPurpose.Career, copy.Purpose);
    }

    [Fact]
    public void A_question_needs_text()
    {
        var set = WithQuestions();
        Assert.Throws<DomainRuleException>(() => set.Add("  "));
    }

    [Fact]
    public void A_question_needs_text_that_fits_its_column()
    {
        var set = WithQuestions("A");

        Assert.Throws<DomainRuleException>(() => set.Add("  "));
        Assert.Throws<DomainRuleException>(() => set.Add(new string('q', Question.TextMaxLength + 1)));
        Assert.Throws<DomainRuleException>(() => set.Questions.Single().Reword(new string('q', Question.TextMaxLength + 1)));
        Assert.Equal(["A"], Order(set));
    }

    [Fact]
    public void A_name_longer_than_its_column_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => new QuestionSet(new string('n', QuestionSet.NameMaxLength + 1), InterviewPurpose.Job));
    }

    [Fact]
    public void A_copy_is_named_after_the_original_and_still_fits()
    {
        Assert.Equal("Career (copy)", WithQuestions().CopyName());

        var longName = new QuestionSet(new string('n', QuestionSet.NameMaxLength), InterviewPurpose.Job);
        var copyName = longName.CopyName();
        Assert.Equal(QuestionSet.NameMaxLength, copyName.Length);
        Assert.EndsWith(" (copy)", copyName, StringComparison.Ordinal);
    }
}
