using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Search;

namespace InfoInterviews.Tests.Search;

public sealed class SearchPatternTests
{
    [Theory]
    [InlineData(" Acme ", "%acme%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("first_name", "%first\\_name%")]
    [InlineData("back\\slash", "%back\\\\slash%")]
    public void A_term_matches_anywhere_lower_cased_with_wildcards_taken_literally(string term, string pattern) =>
        Assert.Equal(pattern, SearchPattern.Containing(term));

    [Theory]
    [InlineData("ÉCOLE", "%ecole%")]
    [InlineData("Яндекс", "%яндекс%")]
    [InlineData(" École   Normale ", "%ecole normale%")]
    public void A_term_for_a_key_column_is_folded_like_the_stored_keys(string term, string pattern) =>
        Assert.Equal(pattern, SearchPattern.Containing(term));
}
