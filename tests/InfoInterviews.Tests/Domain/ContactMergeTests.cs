using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Domain;

public sealed class ContactMergeTests
{
    private static readonly DateTime At = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_survivor_takes_the_picked_fields_and_keeps_its_own_elsewhere()
    {
        var survivor = new Contact("Ada", "Lovelace", At) { Email = "ada@old.example", Role = "Analyst", Phone = "111" };
        var other = new Contact("Augusta Ada", "King", At) { Email = "ada@new.example", Role = "Countess", Phone = "222" };
        other.KeepInTouchEvery(30);

        survivor.Absorb(other, new HashSet<ContactField> { ContactField.Name, ContactField.Email, ContactField.KeepInTouch });

        Assert.Equal("Augusta Ada King", survivor.FullName);
        Assert.Equal(SearchKey.Fold("Augusta Ada King"), survivor.SearchKey);
        Assert.Equal("ada@new.example", survivor.Email);
        Assert.Equal(30, survivor.KeepInTouchDays);
        Assert.Equal("Analyst", survivor.Role);
        Assert.Equal("111", survivor.Phone);
    }

    [Fact]
    public void The_survivor_knows_what_both_records_knew_the_earlier_creation_the_later_touch_and_the_longest_waiting_ask()
    {
        var zone = TimeZoneInfo.Utc;
        var survivor = new Contact("Ada", null, At.AddDays(10));
        survivor.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, At.AddDays(11), null);
        survivor.AwaitReply(At.AddDays(12), zone);
        var other = new Contact("Ada", null, At);
        other.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, At.AddDays(20), null);
        other.AwaitReply(At.AddDays(2), zone);

        survivor.Absorb(other, new HashSet<ContactField>());

        Assert.Equal(At, survivor.CreatedUtc);
        Assert.Equal(At.AddDays(20), survivor.LastTouchUtc);
        Assert.Equal(At.AddDays(2), survivor.AwaitingReplySinceUtc);
        Assert.Equal(other.NoReplyAfterUtc, survivor.NoReplyAfterUtc);
    }

    [Fact]
    public void A_reply_either_record_got_is_kept()
    {
        var zone = TimeZoneInfo.Utc;
        var survivor = new Contact("Ada", null, At);
        var other = new Contact("Ada", null, At);
        other.AwaitReply(At, zone);
        other.NoteReply(At.AddHours(1), zone);

        survivor.Absorb(other, new HashSet<ContactField>());

        Assert.Equal(Responsiveness.Booster, survivor.RepliedAs);
    }

    [Fact]
    public void Neither_record_of_the_person_stays_their_introducer()
    {
        var introducedByOther = new Contact("Ada", null, At) { IntroducedById = 2 };
        var other = new Contact("Ada", null, At) { IntroducedById = 7 };
        SetId(introducedByOther, 1);
        SetId(other, 2);

        introducedByOther.Absorb(other, new HashSet<ContactField>());
        Assert.Null(introducedByOther.IntroducedById);

        var survivor = new Contact("Ada", null, At) { IntroducedById = 7 };
        var introducedBySurvivor = new Contact("Ada", null, At) { IntroducedById = 1 };
        SetId(survivor, 1);
        SetId(introducedBySurvivor, 2);
        survivor.Absorb(introducedBySurvivor, new HashSet<ContactField> { ContactField.IntroducedBy });
        Assert.Null(survivor.IntroducedById);
    }

    [Fact]
    public void A_contact_cannot_be_merged_with_itself()
    {
        var contact = new Contact("Ada", null, At);
        Assert.Throws<DomainRuleException>(() => contact.Absorb(contact, new HashSet<ContactField>()));
    }

    /// <summary>Ids are given by the database; these rules compare them, so the test gives them by hand.</summary>
    private static void SetId(Contact contact, int id) =>
        typeof(OwnedEntity).GetProperty(nameof(OwnedEntity.Id))!.SetValue(contact, id);
}
