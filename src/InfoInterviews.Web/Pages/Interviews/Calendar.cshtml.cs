using System.Text;
using InfoInterviews.Web.Calendar;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>
/// "Add to calendar": the interview as an <c>.ics</c> file of one event in the user's zone. An interview
/// with no time (not scheduled, or cancelled) has no file.
/// </summary>
public sealed class CalendarModel(InterviewEvents events, UserClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await events.FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var document = events.Write([entry], [], clock.TimeZone, clock.UtcNow, Request);
        return File(Encoding.UTF8.GetBytes(document), "text/calendar; charset=utf-8", $"interview-{id}.ics");
    }
}
