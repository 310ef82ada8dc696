using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>
/// The names a typeahead field offers as the user types (site.js, `data-suggest`): the user's own
/// tag names that start with <c>?q=</c>, as a JSON list. Kept briefly by the browser, which asks
/// again for every prefix typed.
/// </summary>
[ResponseCache(Duration = 30, Location = ResponseCacheLocation.Client)]
public sealed class SuggestModel(NameLookup names) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    [Required]
    [StringLength(Tag.NameMaxLength)]
    public string? Query { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ModelState.IsValid ? new JsonResult(await names.SuggestTagsAsync(Query!, cancellationToken)) : BadRequest(ModelState);
}
