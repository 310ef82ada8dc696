using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Editing;

/// <summary>
/// The post of every edit form, once the page has found its record (a missing one is 404 before the
/// form is read): field errors and a rule's refusal are shown on the form; the record is saved at the
/// version the form was read at; a change saved meanwhile is shown on the form with everything typed
/// kept, and a record deleted meanwhile is 404. See docs/patterns.md, "Edit forms and conflicts".
/// </summary>
public static class EditForm
{
    /// <param name="apply">Copies the form onto the record through its methods; may throw <see cref="DomainRuleException"/>.</param>
    /// <param name="save">Saves at <see cref="IVersionedInput.Version"/>; may throw <see cref="DomainRuleException"/> for a race it lost.</param>
    /// <param name="saved">Where a saved form goes (after setting the flash message).</param>
    /// <param name="show">Renders the form again.</param>
    public static async Task<IActionResult> SaveAsync(
        this PageModel page,
        IVersionedInput input,
        string conflictMessage,
        Func<Task> apply,
        Func<Task<SaveConflict?>> save,
        Func<IActionResult> saved,
        Func<Task<PageResult>> show)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(show);
        if (!page.ModelState.IsValid)
        {
            return await show();
        }

        SaveConflict? conflict;
        try
        {
            await apply();
            conflict = await save();
        }
        catch (DomainRuleException e)
        {
            page.ModelState.AddModelError(string.Empty, e.Message);
            return await show();
        }

        if (conflict is null)
        {
            return saved();
        }

        return conflict.ShowOnForm(page.ModelState, input, conflictMessage) ? await show() : page.NotFound();
    }
}
