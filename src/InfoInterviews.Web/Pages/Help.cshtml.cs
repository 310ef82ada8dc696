using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages;

/// <summary>How the app's routine works: the words it uses and the rhythm it plans. It reads nothing.</summary>
public sealed class HelpModel : PageModel
{
}
