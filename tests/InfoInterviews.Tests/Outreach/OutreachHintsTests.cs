using InfoInterviews.Web.Outreach;

namespace InfoInterviews.Tests.Outreach;

public sealed class OutreachHintsTests
{
    private const string Connection = "Sam Lee suggested I write to you";

    private const string Good = """
        Hi Ana,

        Sam Lee suggested I write to you. I am learning about data work in healthcare.

        Could we talk for 20 minutes next week?
        """;

    [Fact]
    public void A_message_that_follows_the_guidance_has_no_hints()
    {
        Assert.Empty(OutreachHints.For(Good, Connection));
    }

    [Fact]
    public void A_140_word_body_that_mentions_a_job_shows_the_length_and_the_job_hints()
    {
        var body = "Sam Lee suggested I write to you. Is there a job for me? " + string.Join(' ', Enumerable.Repeat("word", 127));
        Assert.Equal(140, OutreachHints.WordCount(body));

        var hints = OutreachHints.For(body, Connection);

        Assert.Equal([OutreachHintKind.TooLong, OutreachHintKind.AsksForJob], hints.Select(h => h.Kind));
        Assert.Contains("140 words", hints[0].Message, StringComparison.Ordinal);
        Assert.Contains("“job”", hints[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Are you hiring?")]
    [InlineData("Any Openings?")]
    [InlineData("I attach my resume?")]
    [InlineData("About the position?")]
    [InlineData("Other jobs?")]
    public void Words_that_ask_for_a_job_are_hinted(string ask)
    {
        Assert.Contains(OutreachHints.For(Good + " " + ask, Connection), h => h.Kind == OutreachHintKind.AsksForJob);
    }

    [Fact]
    public void A_word_that_only_contains_a_job_word_is_not_hinted()
    {
        Assert.DoesNotContain(OutreachHints.For(Good + " Any jobbing advice? Any reopening?", Connection), h => h.Kind == OutreachHintKind.AsksForJob);
    }

    [Fact]
    public void A_message_with_no_question_mark_is_hinted()
    {
        var hints = OutreachHints.For(Good.Replace("?", ".", StringComparison.Ordinal), Connection);

        Assert.Equal([OutreachHintKind.NoQuestion], hints.Select(h => h.Kind));
    }

    [Fact]
    public void A_connection_after_the_first_sentence_is_hinted()
    {
        const string late = """
            Hi Ana,

            I am learning about data work in healthcare. Sam Lee suggested I write to you.

            Could we talk?
            """;

        Assert.Equal([OutreachHintKind.ConnectionNotFirst], OutreachHints.For(late, Connection).Select(h => h.Kind));
    }

    [Fact]
    public void The_first_sentence_skips_the_salutation_and_ignores_line_breaks_and_case()
    {
        Assert.Equal("Sam Lee suggested I write to you.", OutreachHints.FirstSentence("Dear Ana!\nSam Lee suggested\nI write to you. Hello."));
        Assert.Empty(OutreachHints.For("Hi Ana,\nsam lee suggested I\nwrite to you, so: could we talk?", Connection));
    }

    [Fact]
    public void Without_a_salutation_the_first_sentence_is_the_first_line()
    {
        Assert.Equal("We met at the fair!", OutreachHints.FirstSentence("We met at the fair!\nCould we talk?"));
    }
}
