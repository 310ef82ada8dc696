using InfoInterviews.Web.Export;
using InfoInterviews.Web.Import;

namespace InfoInterviews.Tests.Import;

public sealed class VCardContactsReaderTests
{
    [Fact]
    public void Cards_become_people_with_their_first_email_and_phone_and_a_linkedin_address()
    {
        var text = new VCard
        {
            FormattedName = "Zoë Müller",
            GivenName = "Zoë",
            FamilyName = "Müller",
            Emails = ["zoe@example.com", "zoe@home.example"],
            Phones = ["+49 30 1234567", "+49 170 000"],
            Organization = "Ørsted, Wind",
            Title = "Ingénieure",
            Url = "https://www.linkedin.com/in/zoe-muller",
            Note = "Met at the fair;\nlikes turbines",
        }.ToText() + new VCard { FormattedName = "Grace Brewster Hopper", Url = "https://grace.example" }.ToText();

        var reading = VCardContactsReader.Read(text);

        Assert.Empty(reading.Unreadable);
        Assert.Equal(
            new ImportedContact(1, "Zoë", "Müller", "zoe@example.com", "https://www.linkedin.com/in/zoe-muller", "Ørsted, Wind", "Ingénieure", null, "+49 30 1234567", "Met at the fair;\nlikes turbines"),
            reading.Contacts[0]);
        var grace = reading.Contacts[1];
        Assert.Equal(("Grace", "Brewster Hopper", null, "Web: https://grace.example"), (grace.FirstName, grace.LastName, grace.LinkedInUrl, grace.Notes));
    }

    [Fact]
    public void A_card_a_contact_cannot_hold_is_unreadable_with_its_line()
    {
        var text = new VCard { FormattedName = "Ada Lovelace" }.ToText() + new VCard { FormattedName = "Bad Phone", Phones = ["call me maybe"] }.ToText();

        var reading = VCardContactsReader.Read(text);

        Assert.Equal(["Ada"], reading.Contacts.Select(c => c.FirstName));
        var bad = Assert.Single(reading.Unreadable);
        var secondCardLine = text.Split('\n').Select((line, index) => (line, index)).Where(l => l.line.StartsWith("BEGIN:VCARD", StringComparison.Ordinal)).ElementAt(1).index + 1;
        Assert.Equal(secondCardLine, bad.Line);
        Assert.Contains("phone number", bad.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_told_apart_by_what_they_hold()
    {
        Assert.True(VCardContactsReader.IsVCard("\r\nbegin:vcard\r\nVERSION:3.0"));
        Assert.False(VCardContactsReader.IsVCard("First Name,Last Name,URL"));
    }
}
