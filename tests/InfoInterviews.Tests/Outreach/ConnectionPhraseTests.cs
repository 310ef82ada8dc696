using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Outreach;

namespace InfoInterviews.Tests.Outreach;

public sealed class ConnectionPhraseTests
{
    [Fact]
    public void What_the_user_wrote_comes_first()
    {
        Assert.Equal("We sang in the same choir", ConnectionPhrase.For("  We sang in the same choir ", "Sam Lee", ContactSource.Alumni));
    }

    [Fact]
    public void Without_it_the_introducer_is_named()
    {
        Assert.Equal("Sam Lee suggested I get in touch with you", ConnectionPhrase.For(" ", "Sam Lee", ContactSource.Introduced));
    }

    [Fact]
    public void Without_either_the_source_says_how_they_met()
    {
        Assert.Equal("I found you through our alumni network", ConnectionPhrase.For(null, null, ContactSource.Alumni));
        Assert.All(Enum.GetValues<ContactSource>(), source => Assert.False(string.IsNullOrWhiteSpace(ConnectionPhrase.For(null, null, source))));
    }
}
