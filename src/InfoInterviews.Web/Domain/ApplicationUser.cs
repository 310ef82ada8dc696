using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Identity;

namespace InfoInterviews.Web.Domain;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int TimeZoneIdMaxLength = 64;
    public const int DefaultThankYouAfterDays = 1;
    public const int DefaultUpdateAfterDays = 28;
    public const int MaxFollowUpOffsetDays = 365;
    public const int DefaultWeeklyGoal = 3;
    public const int MaxWeeklyGoal = 100;

    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>IANA time zone in which the user sees and enters times.</summary>
    [PersonalData]
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Days after an interview took place that the planned thank-you is due.</summary>
    [PersonalData]
    public int ThankYouAfterDays { get; set; } = DefaultThankYouAfterDays;

    /// <summary>Days after an interview took place that the planned update on their advice is due.</summary>
    [PersonalData]
    public int UpdateAfterDays { get; set; } = DefaultUpdateAfterDays;

    /// <summary>How many interview requests the user means to send each week; the dashboard measures against it.</summary>
    [PersonalData]
    public int WeeklyGoal { get; set; } = DefaultWeeklyGoal;

    /// <summary>Whether a morning mail lists the follow-ups due today and overdue.</summary>
    [PersonalData]
    public bool SendsDigest { get; private set; }

    /// <summary>The hour of the user's wall clock at which the digest is sent.</summary>
    [PersonalData]
    public int DigestHour { get; private set; } = DigestSchedule.DefaultHour;

    /// <summary>
    /// When the next digest is due, or null when none is wanted. Stored, so that the sender finds the due
    /// users with an index seek instead of working out every user's hour in their zone.
    /// </summary>
    public DateTime? NextDigestUtc { get; private set; }

    /// <summary>When the last digest was claimed, so that moving the hour later the same day sends no second one.</summary>
    public DateTime? LastDigestUtc { get; private set; }

    /// <summary>
    /// Moves on with every save that adds, changes or deletes a row the user owns, so that figures
    /// computed from the workspace can be kept until it changes (see <c>Data/WorkspaceVersion</c>).
    /// </summary>
    public long WorkspaceVersion { get; private set; }

    /// <summary>The hash of the secret in the calendar feed's address, or null while the feed is off.</summary>
    public string? CalendarFeedTokenHash { get; private set; }

    public bool HasCalendarFeed => CalendarFeedTokenHash is not null;

    /// <summary>
    /// Turns the calendar feed on under a new address, or moves it to one: the old address stops at once.
    /// Only the hash is kept, so the returned token is the one chance to show the address.
    /// </summary>
    public string IssueCalendarFeedToken()
    {
        var token = CalendarFeedToken.New();
        CalendarFeedTokenHash = CalendarFeedToken.Hash(token);
        return token;
    }

    public void TurnOffCalendarFeed() => CalendarFeedTokenHash = null;

    /// <summary>
    /// Sets the time zone and the digest. The next digest time is worked out again only when one of them
    /// changed: saving the same settings just after the hour struck must not skip the digest now due.
    /// </summary>
    public void ChooseZoneAndDigest(string timeZoneId, bool sendsDigest, int digestHour, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        DigestSchedule.EnsureHour(digestHour);

        var changed = timeZoneId != TimeZoneId || sendsDigest != SendsDigest || digestHour != DigestHour;
        TimeZoneId = timeZoneId;
        SendsDigest = sendsDigest;
        DigestHour = digestHour;
        if (changed)
        {
            NextDigestUtc = sendsDigest
                ? DigestSchedule.NextUtc(digestHour, TimeZones.FindOrUtc(timeZoneId), nowUtc, LastDigestUtc)
                : null;
        }
    }
}
