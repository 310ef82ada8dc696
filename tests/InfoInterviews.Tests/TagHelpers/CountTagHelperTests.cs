using InfoInterviews.Web.TagHelpers;

namespace InfoInterviews.Tests.TagHelpers;

public sealed class CountTagHelperTests
{
    [Theory]
    [InlineData(0, "no contacts")]
    [InlineData(1, "1 contact")]
    [InlineData(2, "2 contacts")]
    [InlineData(12000, "12,000 contacts")]
    public void A_count_takes_the_noun_in_the_form_it_needs(int count, string expected) =>
        Assert.Equal(expected, CountTagHelper.Phrase(count, "contact"));

    [Fact]
    public void An_irregular_plural_is_used_for_none_and_several()
    {
        Assert.Equal("no logged touches", CountTagHelper.Phrase(0, "logged touch", "logged touches"));
        Assert.Equal("1 logged touch", CountTagHelper.Phrase(1, "logged touch", "logged touches"));
        Assert.Equal("3 opportunities", CountTagHelper.Phrase(3, "opportunity", "opportunities"));
    }
}
