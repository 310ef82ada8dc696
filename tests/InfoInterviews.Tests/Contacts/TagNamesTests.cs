using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Contacts;

public sealed class TagNamesTests
{
    [Fact]
    public void Commas_separate_tags_and_spaces_repeats_and_blanks_are_dropped()
    {
        Assert.Equal(["data science", "Alumni"], TagNames.Parse("  data   science , Alumni,, alumni ,DATA SCIENCE, "));
    }

    [Fact]
    public void Names_that_differ_only_in_capitals_or_accents_are_one_tag()
    {
        Assert.Equal(["ÉCOLE", "Яндекс"], TagNames.Parse("ÉCOLE, école, Ecole, Яндекс, ЯНДЕКС"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ,")]
    public void No_text_means_no_tags(string? text) => Assert.Empty(TagNames.Parse(text));

    [Fact]
    public void A_tag_longer_than_allowed_is_refused_by_name()
    {
        var tooLong = new string('x', Tag.NameMaxLength + 1);
        var error = Assert.Throws<DomainRuleException>(() => TagNames.Parse($"ok, {tooLong}"));
        Assert.Contains(tooLong, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_tags_than_a_contact_may_carry_are_refused()
    {
        var many = string.Join(',', Enumerable.Range(1, TagNames.MaxTagsPerContact + 1).Select(i => $"t{i}"));
        Assert.Throws<DomainRuleException>(() => TagNames.Parse(many));
        Assert.Equal(TagNames.MaxTagsPerContact, TagNames.Parse(string.Join(',', Enumerable.Range(1, TagNames.MaxTagsPerContact).Select(i => $"t{i}"))).Count);
    }
}
