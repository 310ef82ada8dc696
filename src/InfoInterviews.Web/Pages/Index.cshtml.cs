using InfoInterviews.Web.Dashboard;
using InfoInterviews.Web.SampleData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages;

/// <summary>The landing page for visitors; the dashboard once signed in, or a guided start for an empty workspace.</summary>
public sealed class IndexModel(DashboardQuery dashboard, SampleWorkspace sample) : PageModel
{
    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The funnel's window in days; anything but the windows offered shows the default.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    /// <summary>Null for visitors and for a workspace with nothing in it yet.</summary>
    public DashboardView? Dashboard { get; private set; }

    /// <summary>Whether the workspace holds sample data, which the page offers to remove.</summary>
    public bool HasSample { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsSignedIn)
        {
            Dashboard = await dashboard.ReadAsync(DashboardQuery.FunnelDays(Days), cancellationToken);
            HasSample = Dashboard is not null && await sample.HasSampleAsync(cancellationToken);
        }
    }
}
