using System.Text;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Import;

namespace InfoInterviews.Tests.Import;

public sealed class ConnectionsCsvReaderTests
{
    /// <summary>LinkedIn's export as it comes: notes, a blank line, then the header and the rows.</summary>
    public const string Export = """"
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,"Babbage, Lovelace & Co","Analyst, Engines",15 Mar 2024
        Zoë,Müller-Łukasz,https://www.linkedin.com/in/zoe-muller,zoe@example.com,Ørsted,Ingénieure,2 Jan 2023
        Grace,"Hopper ""Amazing""",https://www.linkedin.com/in/grace-hopper,,Navy,,01 Dec 2019
        Broken,Row,https://www.linkedin.com/in/broken,,Acme "Widgets,Boss,3 Feb 2020
        Short,Row,https://www.linkedin.com/in/short
        Linus,Torvalds,https://www.linkedin.com/in/linus,,Linux Foundation,Fellow,yesterday
        ,Nameless,https://www.linkedin.com/in/nameless,,,,1 Jan 2020
        """";

    [Fact]
    public void Reads_linkedins_export_past_its_notes_with_quoted_commas_accents_and_empty_emails()
    {
        var reading = ConnectionsCsvReader.Read(Export);

        Assert.Equal(["Ada", "Zoë", "Grace"], reading.Contacts.Select(c => c.FirstName));
        var ada = reading.Contacts[0];
        Assert.Equal(new ImportedContact(5, "Ada", "Lovelace", null, "https://www.linkedin.com/in/ada-lovelace", "Babbage, Lovelace & Co", "Analyst, Engines", new DateOnly(2024, 3, 15)), ada);
        var zoe = reading.Contacts[1];
        Assert.Equal(("Müller-Łukasz", "zoe@example.com", "Ørsted", "Ingénieure", new DateOnly(2023, 1, 2)), (zoe.LastName, zoe.Email, zoe.Company, zoe.Role, zoe.ConnectedOn));
        var grace = reading.Contacts[2];
        Assert.Equal(("Hopper \"Amazing\"", null, new DateOnly(2019, 12, 1)), (grace.LastName, grace.Role, grace.ConnectedOn));
    }

    [Fact]
    public void Rows_that_cannot_be_read_are_reported_with_their_line_and_why()
    {
        var reading = ConnectionsCsvReader.Read(Export);

        Assert.Equal([8, 9, 10, 11], reading.Unreadable.Select(r => r.Line));
        Assert.Contains("quote", reading.Unreadable[0].Reason, StringComparison.Ordinal);
        Assert.Equal("It has 3 fields; the header has 7.", reading.Unreadable[1].Reason);
        Assert.Equal("\"yesterday\" is not a date like 15 Mar 2024.", reading.Unreadable[2].Reason);
        Assert.Equal("It has no first name.", reading.Unreadable[3].Reason);
    }

    [Fact]
    public void Values_past_a_contacts_limits_and_bad_addresses_make_a_row_unreadable()
    {
        var longCompany = new string('c', Company.NameMaxLength + 1);
        var reading = ConnectionsCsvReader.Read($"""
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Long,Company,,,{longCompany},,
            Bad,Address,javascript:alert(1),,,,
            Bad,Email,,not-an-email,,,
            """);

        Assert.Empty(reading.Contacts);
        Assert.Equal(
            [$"The company is longer than {Company.NameMaxLength} characters.", "The URL \"javascript:alert(1)\" is not a web address.", "The email address \"not-an-email\" is not an email address."],
            reading.Unreadable.Select(r => r.Reason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Name,Phone\nAda,123\n")]
    [InlineData("just some text\nwith lines\n")]
    public void A_file_without_linkedins_header_is_refused(string text)
    {
        var refused = Assert.Throws<ImportFileException>(() => ConnectionsCsvReader.Read(text));
        Assert.Equal(ConnectionsCsvReader.NoHeaderMessage, refused.Message);
    }

    [Fact]
    public void Text_is_decoded_from_utf8_without_its_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("First Name,Zoë")).ToArray();
        Assert.Equal("First Name,Zoë", ImportText.Decode(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x41, 0xE9, 0x42 })]
    public void A_file_that_is_not_utf8_text_is_refused(byte[] bytes)
    {
        var refused = Assert.Throws<ImportFileException>(() => ImportText.Decode(bytes));
        Assert.Equal(ImportText.NotTextMessage, refused.Message);
    }
}
