using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class ContactMatchKeysTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/in/jane-doe", "linkedin.com/in/jane-doe")]
    [InlineData("http://linkedin.com/in/jane-doe/", "linkedin.com/in/jane-doe")]
    [InlineData("HTTPS://WWW.LinkedIn.com/in/Jane-Doe//", "linkedin.com/in/jane-doe")]
    [InlineData("https://www.linkedin.com/in/jane-doe?trk=people&lipi=x", "linkedin.com/in/jane-doe")]
    [InlineData("https://www.linkedin.com/in/jane-doe/#about", "linkedin.com/in/jane-doe")]
    [InlineData("  www.linkedin.com/in/jane-doe  ", "linkedin.com/in/jane-doe")]
    [InlineData("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa", "linkedin.com/in/josé-garcía")]
    [InlineData("https://www.linkedin.com/in/JOSÉ-GARCÍA", "linkedin.com/in/josé-garcía")]
    public void LinkedIn_addresses_ignore_scheme_www_query_trailing_slash_escapes_and_case(string url, string key) =>
        Assert.Equal(key, ContactMatchKeys.OfLinkedInUrl(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("https://")]
    public void No_address_has_no_key(string? url) => Assert.Null(ContactMatchKeys.OfLinkedInUrl(url));

    [Theory]
    [InlineData("Jane.Doe@Example.COM", "jane.doe@example.com")]
    [InlineData("  jane@example.com ", "jane@example.com")]
    public void Emails_ignore_case_and_surrounding_space(string email, string key) => Assert.Equal(key, ContactMatchKeys.OfEmail(email));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void No_email_has_no_key(string? email) => Assert.Null(ContactMatchKeys.OfEmail(email));

    [Fact]
    public void A_contact_keeps_its_match_keys_current()
    {
        var contact = new Contact("Jane", "Doe", DateTime.UtcNow)
        {
            Email = "Jane@Example.com",
            LinkedInUrl = "https://www.linkedin.com/in/Jane/",
        };
        Assert.Equal("jane@example.com", contact.EmailKey);
        Assert.Equal("linkedin.com/in/jane", contact.LinkedInKey);

        contact.Email = null;
        contact.LinkedInUrl = "linkedin.com/in/other";
        Assert.Null(contact.EmailKey);
        Assert.Equal("linkedin.com/in/other", contact.LinkedInKey);
    }
}
