using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class ContactTests
{
    private static readonly DateTime At = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_last_touch_only_moves_forward()
    {
        var contact = new Contact("Ada", null, At);
        contact.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, At.AddDays(2), "Call");
        contact.LogTouch(InteractionKind.Email, InteractionDirection.Incoming, At.AddDays(1), "Older email");

        Assert.Equal(At.AddDays(2), contact.LastTouchUtc);
        Assert.Equal(2, contact.Interactions.Count);
    }

    [Fact]
    public void Names_are_trimmed_and_a_first_name_is_required()
    {
        var contact = new Contact("  Ada ", "  ", At);
        Assert.Equal("Ada", contact.FullName);
        Assert.Throws<DomainRuleException>(() => contact.Rename(" ", "Lovelace"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    public void Keep_in_touch_days_must_be_sensible(int days)
    {
        var contact = new Contact("Ada", null, At);
        Assert.Throws<DomainRuleException>(() => contact.KeepInTouchEvery(days));
    }
}
