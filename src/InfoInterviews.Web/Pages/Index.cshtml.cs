using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Dashboard;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages;

/// <summary>The landing page for visitors; the dashboard once signed in, or a guided start for an empty workspace.</summary>
public sealed class IndexModel(DashboardQuery dashboard, AppDbContext db, UserClock clock) : PageModel
{
    /// <summary>What the one-click follow-up of a contact going cold is called.</summary>
    public const string GetBackInTouch = "Get back in touch";

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The funnel's window in days; anything but the windows offered shows the default.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    /// <summary>Null for visitors and for a workspace with nothing in it yet.</summary>
    public DashboardView? Dashboard { get; private set; }

    /// <summary>Whether the workspace holds sample data, which the page offers to remove.</summary>
    public bool HasSample { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsSignedIn)
        {
            var figures = await dashboard.ReadAsync(DashboardQuery.FunnelDays(Days), cancellationToken);
            Dashboard = figures.View;
            HasSample = figures.HasSample;
        }
    }

    /// <summary>One click on a contact going cold: a message to them, sent now, is logged as a touch.</summary>
    public async Task<IActionResult> OnPostTouchAsync(int contactId, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        var logged = contact is null
            ? null
            : await db.LogTouchAsync(
                contact,
                (InteractionKind.Message, InteractionDirection.Outgoing, clock.UtcNow, null),
                $"Your message to {contact.FullName} is logged as a touch.",
                cancellationToken);
        if (logged is null)
        {
            return NotFound();
        }

        StatusMessage = logged;
        return RedirectToPage();
    }

    /// <summary>One click on a contact going cold: a follow-up to get back in touch, due tomorrow.</summary>
    public async Task<IActionResult> OnPostFollowUpAsync(int contactId, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        db.FollowUps.Add(new FollowUp(contact, FollowUpKind.Other, GetBackInTouch, clock.StartOfDayUtc(clock.Today.AddDays(1)), clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"A follow-up to get back in touch with {contact.FullName} is planned for tomorrow.";
        return RedirectToPage();
    }
}
