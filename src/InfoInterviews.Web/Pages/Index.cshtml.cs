using InfoInterviews.Web.Data;
using InfoInterviews.Web.SampleData;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages;

/// <summary>The landing page for visitors; the home page once signed in.</summary>
public sealed class IndexModel(AppDbContext db, SampleWorkspace sample) : PageModel
{
    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>
    /// Someone who has not added a contact yet has only just arrived: they are welcomed, not welcomed
    /// back. One indexed existence check, instead of a sign-in history kept for a greeting.
    /// </summary>
    public bool IsNewcomer { get; private set; }

    /// <summary>Whether the workspace holds sample data, which the page offers to remove.</summary>
    public bool HasSample { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsSignedIn)
        {
            IsNewcomer = !await db.Contacts.AnyAsync(cancellationToken);
            HasSample = !IsNewcomer && await sample.HasSampleAsync(cancellationToken);
        }
    }
}
