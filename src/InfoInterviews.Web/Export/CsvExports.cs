using System.Globalization;
using CsvHelper;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Export;

/// <summary>
/// Contacts, interviews, follow-ups and opportunities as CSV files for a spreadsheet: names instead of
/// ids, choices as the pages word them, instants in UTC (ISO 8601), one row per record streamed as it is read.
/// </summary>
public sealed class CsvExports(AppDbContext db)
{
    private const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// A byte order mark, because Excel reads a CSV file without one in the computer's code page and
    /// garbles accented names; text that a spreadsheet would run as a formula is written as text.
    /// </summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public DownloadResult Contacts() => Csv(
        "contacts.csv",
        db.Contacts.AsNoTracking().OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id).Select(c => new
        {
            c.FirstName,
            c.LastName,
            c.Email,
            c.Phone,
            c.LinkedInUrl,
            Company = c.Company == null ? null : c.Company.Name,
            c.Role,
            c.Location,
            c.Source,
            c.Connection,
            IntroducedBy = c.IntroducedBy == null ? null : c.IntroducedBy.FullName,
            Tags = c.Tags.Select(t => t.Tag!.Name).ToList(),
            c.KeepInTouchDays,
            c.LastTouchUtc,
            c.NextFollowUpUtc,
            c.IsArchived,
            c.CreatedUtc,
            c.Notes,
        }),
        ["First name", "Last name", "Email", "Phone", "LinkedIn", "Company", "Role", "Location", "Source", "How you know them",
            "Introduced by", "Tags", "Keep in touch every (days)", "Last touch (UTC)", "Next follow-up (UTC)", "Archived", "Added (UTC)", "Notes"],
        c => [c.FirstName, c.LastName, c.Email, c.Phone, c.LinkedInUrl, c.Company, c.Role, c.Location, c.Source.DisplayName(), c.Connection,
            c.IntroducedBy, string.Join(", ", c.Tags.Order(StringComparer.CurrentCultureIgnoreCase)), Number(c.KeepInTouchDays), Instant(c.LastTouchUtc),
            Instant(c.NextFollowUpUtc), YesNo(c.IsArchived), Instant(c.CreatedUtc), c.Notes]);

    public DownloadResult Interviews() => Csv(
        "interviews.csv",
        db.InterviewRequests.AsNoTracking().OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).Select(r => new
        {
            r.ContactName,
            Company = r.Company == null ? null : r.Company.Name,
            Introducer = r.Introducer == null ? null : r.Introducer.FullName,
            r.Purpose,
            r.Goal,
            r.Channel,
            r.Status,
            r.CreatedUtc,
            r.ScheduledStartUtc,
            r.DurationMinutes,
            r.Format,
            r.LocationOrLink,
            r.CompletedUtc,
            r.KeyInsights,
            r.Advice,
            r.ResourcesMentioned,
            r.NextSteps,
            r.Usefulness,
            r.LearnedOfUnadvertisedOpportunity,
            r.GotOnRadarOfKeyPerson,
            r.GainedInsightForApplications,
            r.WasReferred,
            r.Notes,
        }),
        ["Contact", "Company", "Introduced by", "Purpose", "Goal", "Asked by", "Status", "Added (UTC)", "Scheduled (UTC)", "Minutes", "Format",
            "Place or link", "Took place (UTC)", "Key insights", "Advice", "Resources mentioned", "Next steps", "Usefulness",
            "Learned of an unadvertised opportunity", "On the radar of a key person", "Insight for applications", "Referred", "Notes"],
        r => [r.ContactName, r.Company, r.Introducer, r.Purpose.DisplayName(), r.Goal, r.Channel.DisplayName(), r.Status.DisplayName(), Instant(r.CreatedUtc),
            Instant(r.ScheduledStartUtc), Number(r.DurationMinutes), r.Format?.DisplayName(), r.LocationOrLink, Instant(r.CompletedUtc), r.KeyInsights,
            r.Advice, r.ResourcesMentioned, r.NextSteps, Number(r.Usefulness), YesNo(r.LearnedOfUnadvertisedOpportunity), YesNo(r.GotOnRadarOfKeyPerson),
            YesNo(r.GainedInsightForApplications), YesNo(r.WasReferred), r.Notes]);

    public DownloadResult FollowUps() => Csv(
        "follow-ups.csv",
        db.FollowUps.AsNoTracking().OrderBy(f => f.DueUtc).ThenBy(f => f.Id).Select(f => new
        {
            Contact = f.Contact!.FullName,
            f.Kind,
            f.Title,
            f.DueUtc,
            f.CompletedUtc,
            f.CreatedUtc,
            f.Notes,
        }),
        ["Contact", "Kind", "Title", "Due (UTC)", "Done (UTC)", "Added (UTC)", "Notes"],
        f => [f.Contact, f.Kind.DisplayName(), f.Title, Instant(f.DueUtc), Instant(f.CompletedUtc), Instant(f.CreatedUtc), f.Notes]);

    public DownloadResult Opportunities() => Csv(
        "opportunities.csv",
        db.Opportunities.AsNoTracking().OrderBy(o => o.LearnedOn).ThenBy(o => o.Id).Select(o => new
        {
            o.Title,
            o.Kind,
            o.Status,
            o.LearnedOn,
            o.ActBy,
            Company = o.Company == null ? null : o.Company.Name,
            Contact = o.Contact == null ? null : o.Contact.FullName,
            o.Url,
            o.StatusChangedUtc,
            o.CreatedUtc,
            o.Notes,
        }),
        ["Title", "Kind", "Status", "Learned of on", "Act by", "Company", "Contact", "Link", "Status changed (UTC)", "Added (UTC)", "Notes"],
        o => [o.Title, o.Kind.DisplayName(), o.Status.DisplayName(), Day(o.LearnedOn), Day(o.ActBy), o.Company, o.Contact, o.Url,
            Instant(o.StatusChangedUtc), Instant(o.CreatedUtc), o.Notes]);

    private static DownloadResult Csv<TRow>(string fileName, IQueryable<TRow> rows, string[] headers, Func<TRow, string?[]> fields) =>
        new(ContentType, fileName, async (stream, cancellationToken) =>
        {
            await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            await csv.WriteRecordAsync(headers, cancellationToken);
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await csv.WriteRecordAsync(fields(row), cancellationToken);
            }
        });

    private static string? Instant(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";
}
