using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.FollowUps;

/// <summary>Which follow-ups a list shows, by the user's day.</summary>
public enum FollowUpView
{
    [Display(Name = "All open")] Open,
    [Display(Name = "Overdue")] Overdue,
    [Display(Name = "Due today")] Today,
    [Display(Name = "Upcoming")] Upcoming,
    [Display(Name = "Done")] Done,
}

/// <summary>
/// The follow-ups: all open, overdue, due today, upcoming or done, optionally of one contact or one
/// interview. Days are the user's; each view is a range of the stored due time (or the completion
/// time), so that it seeks the (owner, completed, due) index. The list is read from a place in its
/// order and every count stops at <see cref="SeekList.CountLimit"/>, so a page costs the same however
/// many follow-ups the user has.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserClock clock) : SeekListPageModel<FollowUpRow>
{
    [BindProperty(SupportsGet = true)]
    public FollowUpView Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    /// <summary>How many each view holds, under the same contact or interview, counted up to just past <see cref="SeekList.CountLimit"/>.</summary>
    public IReadOnlyDictionary<FollowUpView, int> Counts { get; private set; } = new Dictionary<FollowUpView, int>();

    /// <summary>The contact or interview the list is narrowed to, if any.</summary>
    public ListSubject? Of { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? contactId, int? interviewId, CancellationToken cancellationToken)
    {
        // Each id named is checked, so that another user's contact or interview is a 404 even beside one's own.
        var followUps = db.FollowUps.AsNoTracking();
        if (contactId is int contact)
        {
            Of = await db.Contacts.AsNoTracking().Where(c => c.Id == contact)
                .Select(c => new ListSubject($"with {c.FullName}", c.Id, null))
                .SingleOrDefaultAsync(cancellationToken);
            if (Of is null)
            {
                return NotFound();
            }

            followUps = followUps.Where(f => f.ContactId == contact);
        }

        if (interviewId is int interview)
        {
            Of = await db.InterviewRequests.AsNoTracking().Where(r => r.Id == interview)
                .Select(r => new ListSubject($"after the interview with {r.ContactName}", null, r.Id))
                .SingleOrDefaultAsync(cancellationToken);
            if (Of is null)
            {
                return NotFound();
            }

            followUps = followUps.Where(f => f.InterviewRequestId == interview);
        }

        var today = clock.Today;
        var startOfToday = clock.StartOfDayUtc(today);
        var startOfTomorrow = clock.StartOfDayUtc(today.AddDays(1));
        Counts = await CountAsync(followUps, startOfToday, startOfTomorrow, cancellationToken);
        var (order, descending) = Order;
        Results = await In(followUps, Show, startOfToday, startOfTomorrow)
            .ToSeekListAsync(order, SeekFrom(descending), FollowUpRow.FromEntity, StaleCursor, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Each tab's count, as a count of a range of the (owner, completed, due) index, which both databases
    /// count without reading the rows, stopped just past the limit. "All open" is the sum of the three open
    /// views, which share no follow-up, rather than a count of its own: past the limit when any of them is.
    /// </summary>
    private static async Task<IReadOnlyDictionary<FollowUpView, int>> CountAsync(IQueryable<FollowUp> followUps, DateTime startOfToday, DateTime startOfTomorrow, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<FollowUpView, int>();
        foreach (var view in Enum.GetValues<FollowUpView>().Where(view => view != FollowUpView.Open))
        {
            counts[view] = await In(followUps, view, startOfToday, startOfTomorrow).CountUpToLimitAsync(cancellationToken);
        }

        counts[FollowUpView.Open] = Math.Min(SeekList.CountLimit + 1, counts[FollowUpView.Overdue] + counts[FollowUpView.Today] + counts[FollowUpView.Upcoming]);
        return counts;
    }

    private static IQueryable<FollowUp> In(IQueryable<FollowUp> followUps, FollowUpView view, DateTime startOfToday, DateTime startOfTomorrow) => view switch
    {
        FollowUpView.Overdue => followUps.Where(f => f.CompletedUtc == null && f.DueUtc < startOfToday),
        FollowUpView.Today => followUps.Where(f => f.CompletedUtc == null && f.DueUtc >= startOfToday && f.DueUtc < startOfTomorrow),
        FollowUpView.Upcoming => followUps.Where(f => f.CompletedUtc == null && f.DueUtc >= startOfTomorrow),
        FollowUpView.Done => followUps.Where(f => f.CompletedUtc != null),
        _ => followUps.Where(f => f.CompletedUtc == null),
    };

    /// <summary>
    /// Open follow-ups soonest due first and done ones latest done first, unless a sort link asks otherwise;
    /// the id breaks ties. The order, and whether it is read reversed.
    /// </summary>
    private (SeekOrder<FollowUp> Order, bool Descending) Order => (Sort?.ToLowerInvariant(), Show) switch
    {
        ("contact", _) => (ByContact, Desc),
        ("due", _) => (ByDue, Desc),
        (_, FollowUpView.Done) => (ByCompletion, true),
        _ => (ByDue, Desc),
    };

    private static readonly SeekOrder<FollowUp> ByDue = new("due", new SeekPart<FollowUp>(f => true, f => f.DueUtc, f => f.Id));

    private static readonly SeekOrder<FollowUp> ByContact = new("contact", new SeekPart<FollowUp>(f => true, f => f.Contact!.FullName, f => f.DueUtc, f => f.Id));

    private static readonly SeekOrder<FollowUp> ByCompletion = new("done", new SeekPart<FollowUp>(f => f.CompletedUtc != null, f => f.CompletedUtc, f => f.Id));

    /// <summary>What a narrowed list is about: a contact's or an interview's follow-ups.</summary>
    public sealed record ListSubject(string Description, int? ContactId, int? InterviewId);
}
