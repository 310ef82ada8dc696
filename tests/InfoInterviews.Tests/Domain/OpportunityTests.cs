using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class OpportunityTests
{
    private static readonly DateTime At = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    private static readonly DateOnly Day = DateOnly.FromDateTime(At);

    [Theory]
    [InlineData(true, true, OpportunityKind.Referral)]
    [InlineData(false, true, OpportunityKind.Referral)]
    [InlineData(true, false, OpportunityKind.RoleNotAdvertised)]
    [InlineData(false, false, null)]
    public void An_interviews_outcome_suggests_a_kind(bool learnedOfUnadvertised, bool wasReferred, OpportunityKind? expected)
    {
        Assert.Equal(expected, Opportunity.KindFromOutcome(learnedOfUnadvertised, wasReferred));
    }

    [Fact]
    public void A_new_opportunity_is_learned_of_and_its_status_time_moves_only_when_the_status_changes()
    {
        var opportunity = new Opportunity("  Data analyst ", OpportunityKind.RoleNotAdvertised, Day, At);
        Assert.Equal("Data analyst", opportunity.Title);
        Assert.Equal(OpportunityStatus.LearnedOf, opportunity.Status);
        Assert.Equal(At, opportunity.StatusChangedUtc);

        opportunity.MoveTo(OpportunityStatus.LearnedOf, At.AddDays(1));
        Assert.Equal(At, opportunity.StatusChangedUtc);

        opportunity.MoveTo(OpportunityStatus.Applied, At.AddDays(2));
        Assert.Equal((OpportunityStatus.Applied, At.AddDays(2)), (opportunity.Status, opportunity.StatusChangedUtc));
    }

    [Fact]
    public void A_title_is_required()
    {
        Assert.Throws<DomainRuleException>(() => new Opportunity(" ", OpportunityKind.Referral, Day, At));
    }

    [Fact]
    public void The_day_to_act_by_cannot_come_before_the_day_learned_of()
    {
        var opportunity = new Opportunity("Project", OpportunityKind.ProjectOrFreelance, Day, At);

        Assert.Throws<DomainRuleException>(() => opportunity.SetDates(Day, Day.AddDays(-1)));
        opportunity.SetDates(Day.AddDays(-3), Day);

        Assert.Equal((Day.AddDays(-3), (DateOnly?)Day), (opportunity.LearnedOn, opportunity.ActBy));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/job")]
    [InlineData("example.com/job")]
    [InlineData("/Opportunities")]
    [InlineData("data:text/html,hello")]
    [InlineData("https://")]
    public void A_link_other_than_http_or_https_is_refused(string url)
    {
        var opportunity = new Opportunity("Role", OpportunityKind.AdvertisedRole, Day, At);

        Assert.False(Opportunity.IsWebLink(url));
        Assert.Throws<DomainRuleException>(() => opportunity.LinkTo(url));
        Assert.Null(opportunity.Url);
    }

    [Fact]
    public void A_web_link_is_kept_trimmed_and_a_blank_one_clears_it()
    {
        var opportunity = new Opportunity("Role", OpportunityKind.AdvertisedRole, Day, At);

        opportunity.LinkTo(" https://jobs.example.com/42 ");
        Assert.Equal("https://jobs.example.com/42", opportunity.Url);
        opportunity.LinkTo("   ");
        Assert.Null(opportunity.Url);
    }
}
