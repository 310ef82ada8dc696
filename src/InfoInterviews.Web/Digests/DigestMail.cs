using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Hosting;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Digests;

/// <summary>One user's morning digest: the open follow-ups due today or overdue in their zone, with links.</summary>
public sealed class DigestMail(HttpCurrentUser currentUser, AppDbContext db, AppLinks links, IEmailSender sender)
{
    /// <summary>The most follow-ups one mail lists; the rest are a link away.</summary>
    public const int MaxItems = 50;

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Reads as the user, so the ownership filter keeps every other user's rows out of the mail, and sends
    /// nothing when nothing is due.
    /// </summary>
    /// <returns>Whether a mail was sent.</returns>
    public async Task<bool> SendAsync(string userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        currentUser.ActAs(userId);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new Recipient(u.Email, u.DisplayName, u.TimeZoneId))
            .SingleOrDefaultAsync(cancellationToken);
        if (user?.Email is null)
        {
            return false;
        }

        var zone = TimeZones.FindOrUtc(user.TimeZoneId);
        var today = TimeZones.UtcToWallClock(nowUtc, zone).Date;
        var startOfToday = TimeZones.WallClockToUtc(today, zone);
        var endOfToday = TimeZones.WallClockToUtc(today.AddDays(1), zone);
        var items = await db.FollowUps.AsNoTracking()
            .Where(f => f.CompletedUtc == null && f.DueUtc < endOfToday)
            .OrderBy(f => f.DueUtc)
            .Take(MaxItems + 1)
            .Select(f => new Item(f.Id, f.Title, f.Kind, f.DueUtc, f.Contact!.FullName))
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return false;
        }

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>Good morning {Encode(user.DisplayName)},</p>");
        AppendSection(body, "Overdue", items.Take(MaxItems).Where(i => i.DueUtc < startOfToday), zone);
        AppendSection(body, "Due today", items.Take(MaxItems).Where(i => i.DueUtc >= startOfToday), zone);
        if (items.Count > MaxItems)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>More are due than one mail lists: <a href='{Encode(links.Page("/FollowUps/Index", values: null))}'>open InfoInterviews</a> to see them all.</p>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p>You get this mail because you asked for a morning digest. <a href='{Encode(links.Page("/Settings", values: null))}'>Change it in your settings</a>.</p>");
        await sender.SendEmailAsync(user.Email, $"Your follow-ups for {today.ToString("dddd d MMMM", Culture)}", body.ToString());
        return true;
    }

    private void AppendSection(StringBuilder body, string heading, IEnumerable<Item> items, TimeZoneInfo zone)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append(CultureInfo.InvariantCulture, $"<h2>{heading}</h2><ul>");
        foreach (var item in list)
        {
            var followUp = links.Page("/FollowUps/Details", new { id = item.Id });
            var due = TimeZones.UtcToWallClock(item.DueUtc, zone).ToString("d MMM HH:mm", Culture);
            body.Append(CultureInfo.InvariantCulture, $"<li><a href='{Encode(followUp)}'>{Encode(item.Title)}</a> ({Encode(item.Kind.DisplayName())}, {Encode(item.ContactName)}, due {due})</li>");
        }

        body.Append("</ul>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private sealed record Recipient(string? Email, string DisplayName, string TimeZoneId);

    private sealed record Item(int Id, string Title, FollowUpKind Kind, DateTime DueUtc, string ContactName);
}
