using System.Globalization;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Hosting;
using InfoInterviews.Web.Time;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Calendar;

/// <summary>
/// The one home of an interview's calendar event: the <c>.ics</c> download, the Google and Outlook links
/// and the private feed are all written here, so they carry the same title, times and details.
/// </summary>
public sealed class InterviewEvents(AppDbContext db, AppLinks links)
{
    private const string UidDomain = "infointerviews";
    private const string ProductId = "-//InfoInterviews//Informational interviews//EN";
    private const string DisplayAlarm = "DISPLAY";
    private const string Transparent = "TRANSPARENT";

    /// <summary>The interview's event, or null when it has none (not scheduled, or another user's).</summary>
    public Task<InterviewEntry?> FindAsync(int interviewId, CancellationToken cancellationToken) =>
        db.InterviewRequests.AsNoTracking()
            .Where(r => r.Id == interviewId)
            .Where(InterviewEntry.OnCalendar)
            .Select(InterviewEntry.FromInterview)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The "Add to calendar" links of an interview, or null when it has no event.</summary>
    public async Task<CalendarLinks?> LinksAsync(int interviewId, HttpRequest request, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(interviewId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var description = Describe(entry, request);
        var google = QueryHelpers.AddQueryString("https://calendar.google.com/calendar/render", new Dictionary<string, string?>
        {
            ["action"] = "TEMPLATE",
            ["text"] = entry.Title,
            ["dates"] = $"{Compact(entry.StartUtc)}/{Compact(entry.EndUtc)}",
            ["details"] = description,
            ["location"] = entry.LocationOrLink,
        });
        var outlook = QueryHelpers.AddQueryString("https://outlook.live.com/calendar/0/deeplink/compose", new Dictionary<string, string?>
        {
            ["path"] = "/calendar/action/compose",
            ["rru"] = "addevent",
            ["subject"] = entry.Title,
            ["startdt"] = entry.StartUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["enddt"] = entry.EndUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["body"] = description,
            ["location"] = entry.LocationOrLink,
        });
        return new CalendarLinks(entry.Id, new Uri(google), new Uri(outlook));
    }

    /// <summary>
    /// An iCalendar document of the interviews, at their wall-clock times in <paramref name="zone"/> with
    /// its VTIMEZONE, so that a calendar app shows them right on either side of a daylight-saving change,
    /// and of the follow-ups as all-day events on the day each is due there.
    /// </summary>
    public string Write(
        IReadOnlyCollection<InterviewEntry> interviews,
        IReadOnlyCollection<FollowUpEntry> followUps,
        TimeZoneInfo zone,
        DateTime nowUtc,
        HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        ArgumentNullException.ThrowIfNull(followUps);
        ArgumentNullException.ThrowIfNull(zone);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        var zoned = zone.Id != TimeZoneInfo.Utc.Id;
        if (zoned && interviews.Count > 0)
        {
            calendar.AddTimeZone(zone.Id, TimeZones.UtcToWallClock(interviews.Min(i => i.StartUtc), zone), includeHistoricalData: false);
        }

        var stamp = new CalDateTime(nowUtc, CalDateTime.UtcTzId);
        foreach (var interview in interviews)
        {
            var item = new CalendarEvent
            {
                // From the id alone, never from a time: a download after a reschedule replaces the event.
                Uid = $"interview-{interview.Id}@{UidDomain}",
                Sequence = Math.Max(0, interview.Revision - 1),
                DtStamp = stamp,
                Summary = interview.Title,
                DtStart = At(interview.StartUtc, zone, zoned),
                DtEnd = At(interview.EndUtc, zone, zoned),
                Location = interview.LocationOrLink,
                Description = Describe(interview, request),
            };
            item.Alarms.Add(new Alarm
            {
                Action = DisplayAlarm,
                Description = $"Tomorrow: {interview.Title}",
                Trigger = new Trigger(Duration.FromDays(-1)),
            });
            calendar.Events.Add(item);
        }

        foreach (var followUp in followUps)
        {
            var day = DateOnly.FromDateTime(TimeZones.UtcToWallClock(followUp.DueUtc, zone));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"follow-up-{followUp.Id}@{UidDomain}",
                DtStamp = stamp,
                Summary = followUp.ContactName is null ? followUp.Title : $"{followUp.Title} ({followUp.ContactName})",
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                Description = $"Follow-up: {links.Page("/FollowUps/Details", new { id = followUp.Id }, request)}",

                // A reminder to do something, not a meeting: it leaves the day free.
                Transparency = Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    private string Describe(InterviewEntry interview, HttpRequest? request) =>
        string.Join('\n',
            $"About: {interview.Purpose.DisplayName()}",
            $"To learn: {interview.Goal ?? "-"}",
            $"Prep sheet: {links.Page("/Interviews/Prep", new { id = interview.Id }, request)}");

    private static CalDateTime At(DateTime utc, TimeZoneInfo zone, bool zoned) =>
        zoned ? new CalDateTime(TimeZones.UtcToWallClock(utc, zone), zone.Id) : new CalDateTime(utc, CalDateTime.UtcTzId);

    private static string Compact(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
