using InfoInterviews.Web.Search;

namespace InfoInterviews.Tests.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("  García   labs ", new[] { "García", "labs" })]
    [InlineData("- * ( ) \"", new string[0])]
    [InlineData(null, new string[0])]
    [InlineData("o'brien -x", new[] { "o'brien", "-x" })]
    public void Words_are_split_on_white_space_and_those_without_a_letter_or_digit_dropped(string? text, string[] words) =>
        Assert.Equal(words, SearchWords.Parse(text).Words);

    [Fact]
    public void More_words_than_the_limit_are_ignored() =>
        Assert.Equal(SearchWords.MaxWords, SearchWords.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(i => $"w{i}"))).Words.Count);

    [Theory]
    [InlineData("garcia", "\"garcia\"*")]
    [InlineData("gar NEAR", "\"gar\"* \"NEAR\"*")]
    [InlineData("say \"hi\"", "\"say\"* \"\"\"hi\"\"\"*")]
    [InlineData("name:x (y) -z", "\"name:x\"* \"(y)\"* \"-z\"*")]
    public void Each_word_is_a_quoted_fts5_string_matched_as_a_prefix(string text, string query) =>
        Assert.Equal(query, SearchWords.Parse(text).ToFts5Query());
}
