using System.Security.Cryptography;
using System.Text.Json;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace InfoInterviews.Web.Calendar;

/// <summary>
/// The private calendar feed a calendar app subscribes to: the interviews of the last
/// <see cref="PastDays"/> days and all later ones, and every open follow-up, overdue ones included,
/// since each is still something to do.
/// </summary>
public sealed class CalendarFeed(AppDbContext db, HttpCurrentUser currentUser, InterviewEvents events, TimeProvider time)
{
    /// <summary>How far back the feed reaches, so a subscribed calendar keeps the recent past.</summary>
    public const int PastDays = 30;

    /// <summary>The name of the feed's endpoint, to link to it.</summary>
    public const string EndpointName = "CalendarFeed";

    /// <summary>The query parameter that carries the feed's token.</summary>
    public const string TokenParameter = "token";

    /// <summary>The rate-limiting policy of the feed, per token.</summary>
    public const string RateLimitPolicy = "calendar-feed";

    /// <summary>Answers a feed request: 404 for a token that names no feed, 304 when the app's copy is current.</summary>
    public async Task ServeAsync(string token, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var hash = CalendarFeedToken.Hash(token);
        var owner = token.Length == 0
            ? null
            : await db.Users.AsNoTracking()
                .Where(u => u.CalendarFeedTokenHash == hash)
                .Select(u => new { u.Id, u.TimeZoneId })
                .SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // From here the request reads as the token's user, so the ownership filter keeps out everyone else's rows.
        currentUser.ActAs(owner.Id);
        var now = time.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-PastDays);
        var interviews = await db.InterviewRequests.AsNoTracking()
            .Where(InterviewEntry.OnCalendar)
            .Where(r => r.ScheduledStartUtc >= from)
            .OrderBy(r => r.ScheduledStartUtc).ThenBy(r => r.Id)
            .Select(InterviewEntry.FromInterview)
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.CompletedUtc == null)
            .OrderBy(f => f.DueUtc).ThenBy(f => f.Id)
            .Select(FollowUpEntry.FromFollowUp)
            .ToListAsync(cancellationToken);

        // The tag is a hash of what the feed shows, not of the document, whose DTSTAMP is the time of the request.
        var content = JsonSerializer.SerializeToUtf8Bytes(new { owner.TimeZoneId, interviews, followUps });
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(content))}\"");
        var response = context.Response;
        response.GetTypedHeaders().ETag = etag;

        // Calendar apps may keep a copy, but must ask again before using it.
        response.Headers.CacheControl = "private, no-cache";
        var asked = context.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var document = events.Write(interviews, followUps, TimeZones.FindOrUtc(owner.TimeZoneId), now, context.Request);
        response.ContentType = "text/calendar; charset=utf-8";
        await response.WriteAsync(document, cancellationToken);
    }
}
