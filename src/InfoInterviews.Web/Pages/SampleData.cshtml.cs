using InfoInterviews.Web.SampleData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages;

/// <summary>
/// Loads a generated sample workspace into an empty one, and removes it after asking: this page is
/// the question. Nothing the user added is removed with it.
/// </summary>
public sealed class SampleDataModel(SampleWorkspace sample) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public bool HasSample { get; private set; }

    public bool IsEmpty { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLoadAsync(CancellationToken cancellationToken)
    {
        if (!await sample.LoadAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "Sample data goes into an empty workspace, and yours already has contacts, companies, tags, interviews or opportunities.");
            await ReadAsync(cancellationToken);
            return Page();
        }

        StatusMessage = $"Sample data loaded: {SampleGenerator.ContactsPerUnit} contacts at {SampleGenerator.CompaniesPerUnit} companies, with their interviews, follow-ups and opportunities. Remove it from Sample data when you are ready to start.";
        return RedirectToPage("/Index");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (!await sample.HasSampleAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "There is no sample data to remove.");
            await ReadAsync(cancellationToken);
            return Page();
        }

        var kept = await sample.RemoveAsync(cancellationToken);
        StatusMessage = kept == 0
            ? "The sample data was removed."
            : $"The sample data was removed. {kept} sample {(kept == 1 ? "record" : "records")} that your own entries refer to {(kept == 1 ? "was" : "were")} kept.";
        return RedirectToPage("/Index");
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        HasSample = await sample.HasSampleAsync(cancellationToken);
        IsEmpty = !HasSample && await sample.IsEmptyAsync(cancellationToken);
    }
}
