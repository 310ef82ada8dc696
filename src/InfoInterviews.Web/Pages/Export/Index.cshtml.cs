using InfoInterviews.Web.Data;
using InfoInterviews.Web.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Export;

/// <summary>Downloads of the user's workspace: the whole of it as JSON, the main lists as CSV, contacts as vCard.</summary>
public sealed class IndexModel(AppDbContext db, WorkspaceDocument document, CsvExports csv) : PageModel
{
    public void OnGet()
    {
    }

    public DownloadResult OnGetJson() => document.Download("infointerviews.json");

    public IActionResult OnGetCsv(string? list) => list switch
    {
        "contacts" => csv.Contacts(),
        "interviews" => csv.Interviews(),
        "follow-ups" => csv.FollowUps(),
        "opportunities" => csv.Opportunities(),
        _ => NotFound(),
    };

    public DownloadResult OnGetVCard() =>
        ContactCards.Download(db.Contacts.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id), "contacts.vcf");
}
