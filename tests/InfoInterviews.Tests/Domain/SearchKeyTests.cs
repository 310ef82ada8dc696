using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("ÉCOLE", "ecole")]
    [InlineData("école", "ecole")]
    [InlineData("Ørsted", "ørsted")]
    [InlineData("ØRSTED", "ørsted")]
    [InlineData("Яндекс", "яндекс")]
    [InlineData("ЯНДЕКС", "яндекс")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("  Crème \t brûlée  ", "creme brulee")]
    [InlineData("Zoë\u00a0Müller", "zoe muller")]
    public void Case_accents_and_spacing_are_folded(string text, string key) => Assert.Equal(key, SearchKey.Fold(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_text_folds_to_an_empty_key(string? text) => Assert.Equal(string.Empty, SearchKey.Fold(text));

    [Fact]
    public void Entities_keep_their_keys_current()
    {
        var company = new Company("ÉCOLE", DateTime.UtcNow);
        var tag = new Tag("Яндекс");
        var contact = new Contact("Émile", "Zola", DateTime.UtcNow);

        company.Rename("Ørsted");
        tag.Rename("ÉCOLE");
        contact.Rename("Ada", " Lovelace ");

        Assert.Equal("ørsted", company.NameKey);
        Assert.Equal("ecole", tag.NameKey);
        Assert.Equal(("Ada Lovelace", "ada lovelace"), (contact.FullName, contact.SearchKey));
    }
}
