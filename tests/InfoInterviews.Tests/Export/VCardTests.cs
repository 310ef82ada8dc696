using System.Text;
using InfoInterviews.Web.Export;

namespace InfoInterviews.Tests.Export;

public sealed class VCardTests
{
    private static VCardFile Read(string text) => VCard.Read(new StringReader(text));

    private static VCard ReadOne(string text)
    {
        var file = Read(text);
        Assert.Empty(file.Problems);
        return Assert.Single(file.Cards);
    }

    [Fact]
    public void Reads_every_field_of_a_version_4_card()
    {
        var card = ReadOne("""
            BEGIN:VCARD
            VERSION:4.0
            FN:Dr. Zoë Müller
            N:Müller;Zoë;Anna;Dr.;
            EMAIL;TYPE=work:zoe@example.com
            EMAIL;TYPE=home:zoe.home@example.org
            TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-0100
            ORG:Ørsted A/S;Offshore;Wind
            TITLE:Head of Hiring
            URL:https://www.linkedin.com/in/zoe-muller/
            NOTE:Met at the fair.\nLikes tea\, not coffee\; ask about Berlin.
            PHOTO:https://example.com/zoe.jpg
            END:VCARD
            """);

        Assert.Equal("Dr. Zoë Müller", card.FormattedName);
        Assert.Equal("Müller", card.FamilyName);
        Assert.Equal("Zoë", card.GivenName);
        Assert.Equal(["zoe@example.com", "zoe.home@example.org"], card.Emails);
        Assert.Equal(["+1-555-555-0100"], card.Phones);
        Assert.Equal("Ørsted A/S", card.Organization);
        Assert.Equal("Head of Hiring", card.Title);
        Assert.Equal("https://www.linkedin.com/in/zoe-muller/", card.Url);
        Assert.Equal("Met at the fair.\nLikes tea, not coffee; ask about Berlin.", card.Note);
        Assert.Equal(1, card.Line);
    }

    [Fact]
    public void Reads_a_version_3_card_with_groups_type_parameters_and_an_escaped_web_address()
    {
        var card = ReadOne("""
            BEGIN:VCARD
            VERSION:3.0
            N:Lovelace;Ada;;;
            FN:Ada Lovelace
            ORG:Analytical Engines\, Ltd;
            item1.EMAIL;type=INTERNET;type=pref:ada@example.com
            item1.X-ABLabel:_$!<Other>!$_
            TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0000
            item2.URL;type=pref:https\://example.com/ada
            END:VCARD
            """);

        Assert.Equal(("Ada", "Lovelace"), (card.GivenName, card.FamilyName));
        Assert.Equal("Analytical Engines, Ltd", card.Organization);
        Assert.Equal(["ada@example.com"], card.Emails);
        Assert.Equal(["+44 20 7946 0000"], card.Phones);
        Assert.Equal("https://example.com/ada", card.Url);
    }

    [Fact]
    public void Reads_a_version_2_1_card_with_quoted_printable_and_soft_line_breaks()
    {
        var card = ReadOne("""
            BEGIN:VCARD
            VERSION:2.1
            N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89lodie;Fran=C3=A7ois;;;
            FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fran=C3=A7ois =C3=89lodie
            TEL;CELL:+33 6 12 34 56 78
            NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Une tr=C3=A8s longue note qui conti=
            nue ici.
            END:VCARD
            """);

        Assert.Equal("François Élodie", card.FormattedName);
        Assert.Equal(("François", "Élodie"), (card.GivenName, card.FamilyName));
        Assert.Equal(["+33 6 12 34 56 78"], card.Phones);
        Assert.Equal("Une très longue note qui continue ici.", card.Note);
    }

    [Fact]
    public void Unfolds_lines_continued_with_a_space_or_a_tab()
    {
        var card = ReadOne("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nNOTE:This is a lon\r\n g note that goes o\r\n\tn and on.\r\nEND:VCARD\r\n");

        Assert.Equal("This is a long note that goes on and on.", card.Note);
    }

    [Fact]
    public void Reads_several_cards_with_line_breaks_of_any_kind()
    {
        var file = Read("BEGIN:VCARD\nFN:One\nEND:VCARD\r\n\r\nBEGIN:VCARD\rFN:Two\rEND:VCARD\r\nbegin:vcard\r\nfn:Three\r\nend:vcard");

        Assert.Empty(file.Problems);
        Assert.Equal(["One", "Two", "Three"], file.Cards.Select(c => c.FormattedName));
        Assert.Equal([1, 5, 8], file.Cards.Select(c => c.Line));
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        Assert.Equal("Ada", ReadOne("\uFEFFBEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD\r\n").FormattedName);
    }

    [Fact]
    public void A_card_with_only_a_structured_name_is_read()
    {
        var card = ReadOne("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hopper;Grace;;;\r\nEND:VCARD\r\n");

        Assert.Equal((null, "Grace", "Hopper"), (card.FormattedName, card.GivenName, card.FamilyName));
    }

    [Fact]
    public void Bad_cards_are_named_by_line_and_reason_and_the_good_ones_are_still_read()
    {
        var file = Read("""
            BEGIN:VCARD
            FN:Good One
            END:VCARD
            BEGIN:VCARD
            FN:Broken
            this line has no colon
            END:VCARD
            BEGIN:VCARD
            EMAIL:nobody@example.com
            END:VCARD
            BEGIN:VCARD
            FN:Never ended
            BEGIN:VCARD
            FN:Good Two
            END:VCARD
            stray text
            more stray text
            BEGIN:VCARD
            FN:Cut off
            """);

        Assert.Equal(["Good One", "Good Two"], file.Cards.Select(c => c.FormattedName));
        Assert.Collection(
            file.Problems,
            p => Assert.Equal((6, "\"this line has no colon\" is not a property (a name, a colon, then a value)."), (p.Line, p.Reason)),
            p => Assert.Equal((8, "The card has no name (FN or N)."), (p.Line, p.Reason)),
            p => Assert.Equal((11, "The card has no END:VCARD before the next card begins on line 13."), (p.Line, p.Reason)),
            p => Assert.Equal((16, "This text is outside any card (BEGIN:VCARD … END:VCARD)."), (p.Line, p.Reason)),
            p => Assert.Equal((18, "The card has no END:VCARD: the file ends inside it."), (p.Line, p.Reason)));
    }

    [Fact]
    public void A_file_that_is_not_a_vcard_gives_no_cards_and_one_problem()
    {
        var file = Read("First Name,Last Name,URL\nAda,Lovelace,https://example.com\nGrace,Hopper,\n");

        Assert.Empty(file.Cards);
        Assert.Equal(1, Assert.Single(file.Problems).Line);
    }

    [Fact]
    public void Writes_a_version_3_card_with_crlf_line_breaks_and_escaped_text()
    {
        var text = new VCard
        {
            FormattedName = "Ada Lovelace",
            GivenName = "Ada",
            FamilyName = "Lovelace",
            Emails = ["ada@example.com"],
            Phones = ["+44 20 7946 0000"],
            Organization = "Engines, Ltd; London",
            Title = "Analyst",
            Url = "https://example.com/ada",
            Note = "Line one\r\nback\\slash",
        }.ToText();

        Assert.Equal(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nORG:Engines\\, Ltd\\; London\r\nTITLE:Analyst\r\n"
            + "EMAIL;TYPE=INTERNET:ada@example.com\r\nTEL;TYPE=VOICE:+44 20 7946 0000\r\nURL:https://example.com/ada\r\n"
            + "NOTE:Line one\\nback\\\\slash\r\nEND:VCARD\r\n",
            text);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var note = string.Concat(Enumerable.Repeat("Zoë 😀 Яндекс ", 30));
        var text = new VCard { FormattedName = "Zoë", Note = note }.ToText();

        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains(lines, line => Encoding.UTF8.GetByteCount(line) > 70);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(note.Trim(), ReadOne(text).Note);
    }

    [Fact]
    public void The_shown_name_is_made_from_the_parts_when_missing()
    {
        Assert.Contains("\r\nFN:Grace Hopper\r\n", new VCard { GivenName = "Grace", FamilyName = "Hopper" }.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_cards_read_back_with_every_field()
    {
        var written = new[]
        {
            new VCard
            {
                FormattedName = "Zoë Müller-Łukasiewicz",
                GivenName = "Zoë",
                FamilyName = "Müller-Łukasiewicz",
                Emails = ["zoe@example.com", "z@example.org"],
                Phones = ["+49 30 1234567", "tel-like; odd, value"],
                Organization = "Яндекс, \"Quotes\" & Co",
                Title = "Directrice; R&D",
                Url = "https://www.linkedin.com/in/zoë?a=1,2",
                Note = "# Notes\n\n- met at *the fair*\n- back\\slash: kept",
            },
            new VCard { FormattedName = "Ada", GivenName = "Ada" },
        };

        var file = Read(string.Concat(written.Select(c => c.ToText())));

        Assert.Empty(file.Problems);
        Assert.Equal(written, file.Cards, CardComparer.Instance);
    }

    /// <summary>Every field but the line, which a written card does not have.</summary>
    private sealed class CardComparer : IEqualityComparer<VCard>
    {
        public static readonly CardComparer Instance = new();

        public bool Equals(VCard? x, VCard? y) =>
            x is not null && y is not null
            && (x.FormattedName, x.GivenName, x.FamilyName, x.Organization, x.Title, x.Url, x.Note)
                == (y.FormattedName, y.GivenName, y.FamilyName, y.Organization, y.Title, y.Url, y.Note)
            && x.Emails.SequenceEqual(y.Emails)
            && x.Phones.SequenceEqual(y.Phones);

        public int GetHashCode(VCard obj) => 0;
    }
}
