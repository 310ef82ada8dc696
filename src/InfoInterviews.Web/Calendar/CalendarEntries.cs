using System.Linq.Expressions;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Calendar;

/// <summary>What a calendar event of an interview is made of, read straight from the database.</summary>
/// <param name="Revision">How many times it was scheduled, so that a calendar app takes a later download as an update.</param>
public sealed record InterviewEntry(
    int Id,
    string ContactName,
    InterviewPurpose Purpose,
    string? Goal,
    DateTime StartUtc,
    int DurationMinutes,
    string? LocationOrLink,
    int Revision)
{
    /// <summary>
    /// The interviews that stand in a calendar: scheduled ones, and completed ones, which keep the time
    /// they were held at so that a subscribed calendar does not lose a meeting once it took place.
    /// </summary>
    public static readonly Expression<Func<InterviewRequest, bool>> OnCalendar = r =>
        r.ScheduledStartUtc != null && (r.Status == InterviewStatus.Scheduled || r.Status == InterviewStatus.Completed);

    public static readonly Expression<Func<InterviewRequest, InterviewEntry>> FromInterview = r => new InterviewEntry(
        r.Id,
        r.ContactName,
        r.Purpose,
        r.Goal,
        r.ScheduledStartUtc!.Value,
        r.DurationMinutes,
        r.LocationOrLink,
        r.History.Count(h => h.ScheduledStartUtc != null));

    public DateTime EndUtc => StartUtc.AddMinutes(DurationMinutes);

    public string Title => $"Informational interview with {ContactName}";
}

/// <summary>An open follow-up, an all-day event on the day it is due.</summary>
public sealed record FollowUpEntry(int Id, string Title, string? ContactName, DateTime DueUtc)
{
    public static readonly Expression<Func<FollowUp, FollowUpEntry>> FromFollowUp = f =>
        new FollowUpEntry(f.Id, f.Title, f.Contact != null ? f.Contact.FullName : null, f.DueUtc);
}

/// <summary>The "Add to calendar" links of one interview: the download, and the same details for Google and Outlook.</summary>
public sealed record CalendarLinks(int InterviewId, Uri Google, Uri Outlook);
