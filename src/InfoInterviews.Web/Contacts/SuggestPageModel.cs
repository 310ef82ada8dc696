using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// The names a typeahead field offers as the user types (site.js, `data-suggest`): the user's own names
/// of one kind that start with <c>?q=</c>, as a JSON list, or 400 when there is nothing to complete or
/// more than any name holds. Kept briefly by the browser, which asks again for every prefix typed.
/// </summary>
[ResponseCache(Duration = 30, Location = ResponseCacheLocation.Client)]
public abstract class SuggestPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The longest name of this kind, from its entity.</summary>
    protected abstract int NameMaxLength { get; }

    protected abstract Task<IReadOnlyList<string>> SuggestAsync(string typed, CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query) || Query.Length > NameMaxLength)
        {
            ModelState.AddModelError("q", $"Type between 1 and {NameMaxLength} characters of a name.");
            return BadRequest(ModelState);
        }

        return new JsonResult(await SuggestAsync(Query, cancellationToken));
    }
}
