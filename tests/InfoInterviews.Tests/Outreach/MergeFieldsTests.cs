using InfoInterviews.Web.Outreach;

namespace InfoInterviews.Tests.Outreach;

public sealed class MergeFieldsTests
{
    private static readonly MergeValues Ana = new("Ana", "Silva", "Fabrikam", "Data lead", "Jo Bloggs", "We met at the alumni evening");

    [Fact]
    public void Every_field_is_filled_from_the_contact_and_the_user()
    {
        var result = MergeFields.Render("{FirstName} {LastName}, {Role} at {Company}. {Connection}. {MyName}", Ana);

        Assert.True(result.Succeeded);
        Assert.Equal("Ana Silva, Data lead at Fabrikam. We met at the alumni evening. Jo Bloggs", result.Text);
        Assert.Empty(result.EmptyFields);
    }

    [Fact]
    public void An_unknown_field_is_an_error_that_names_it()
    {
        var result = MergeFields.Render("Hi {Nickname}, hi {FirstName}", Ana);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("{Nickname} is not a merge field.", error, StringComparison.Ordinal);
        Assert.Contains("{FirstName}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_names_match_whatever_their_case_and_spaces_inside_the_braces()
    {
        Assert.Equal("Hi Ana Silva", MergeFields.Render("Hi {firstname} { LastName }", Ana).Text);
    }

    [Theory]
    [InlineData("Hi {FirstName")]
    [InlineData("Hi {First{Name}")]
    [InlineData("Hi FirstName}")]
    public void A_stray_brace_is_an_error_so_no_brace_is_ever_sent(string template)
    {
        Assert.False(MergeFields.Render(template, Ana).Succeeded);
    }

    [Fact]
    public void Doubled_braces_write_one_brace()
    {
        var result = MergeFields.Render("Use {{FirstName}} to write {FirstName}", Ana);

        Assert.True(result.Succeeded);
        Assert.Equal("Use {FirstName} to write Ana", result.Text);
    }

    [Fact]
    public void A_field_the_contact_has_no_value_for_is_reported_and_left_empty()
    {
        var result = MergeFields.Render("At {Company}, {Role}", Ana with { Company = null, Role = " " });

        Assert.True(result.Succeeded);
        Assert.Equal("At , ", result.Text);
        Assert.Equal(["Company", "Role"], result.EmptyFields);
    }

    [Fact]
    public void A_long_unknown_field_is_quoted_shortened()
    {
        var result = MergeFields.Render("{" + new string('x', 500) + "}", Ana);

        Assert.True(Assert.Single(result.Errors).Length < 300);
    }
}
