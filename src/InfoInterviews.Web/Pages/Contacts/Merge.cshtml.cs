using System.Globalization;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>
/// Merges two records of one person, after showing both side by side: the user picks the value to keep
/// for each field, and confirms; the contact <c>otherId</c> is removed and all it had moves to <c>id</c>.
/// </summary>
public sealed class MergeModel(AppDbContext db, ContactMerge merge) : PageModel
{
    public const string ConflictMessage =
        "One of these contacts was changed after you opened this page, so nothing was merged. Check the values below and merge again.";

    private static readonly ContactField[] Fields = Enum.GetValues<ContactField>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Side Survivor { get; private set; } = null!;

    public Side Other { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int otherId, CancellationToken cancellationToken)
    {
        if (!await ReadAsync(id, otherId, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = Survivor.Version;
        Input.OtherVersion = Other.Version;

        // A field the surviving record leaves empty takes the other's value unless the user says otherwise.
        Input.TakeOther = Fields.ToDictionary(f => f, f => Survivor.ValueOf(f) is null && Other.ValueOf(f) is not null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int otherId, CancellationToken cancellationToken)
    {
        if (await merge.LoadAsync(id, otherId, cancellationToken) is not var (survivor, other))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, otherId, cancellationToken);
        }

        var otherName = other.FullName;
        bool merged;
        try
        {
            var fromOther = Input.TakeOther.Where(p => p.Value).Select(p => p.Key).ToHashSet();
            merged = await merge.MergeAsync(survivor, other, fromOther, Input.Version, Input.OtherVersion, cancellationToken);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await ShowAsync(id, otherId, cancellationToken);
        }

        if (merged)
        {
            StatusMessage = $"{otherName} was merged into {survivor.FullName}.";
            return RedirectToPage("Details", new { id });
        }

        // Both records are shown as they are now, at their new versions, so that merging again knowingly takes them.
        ModelState.AddModelError(string.Empty, ConflictMessage);
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.OtherVersion)}");
        if (!await ReadAsync(id, otherId, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = Survivor.Version;
        Input.OtherVersion = Other.Version;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(int id, int otherId, CancellationToken cancellationToken) =>
        await ReadAsync(id, otherId, cancellationToken) ? Page() : NotFound();

    private async Task<bool> ReadAsync(int id, int otherId, CancellationToken cancellationToken)
    {
        var sides = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id || c.Id == otherId)
            .Select(c => new Side(
                c.Id,
                c.Version,
                c.FullName,
                c.Email,
                c.Phone,
                c.LinkedInUrl,
                c.Company == null ? null : c.Company.Name,
                c.Role,
                c.Location,
                c.Source,
                c.Connection,
                c.ConnectedOn,
                c.IntroducedBy == null ? null : c.IntroducedBy.FullName,
                c.KeepInTouchDays,
                c.Notes,
                c.Interactions.Count,
                db.InterviewRequests.Count(r => r.ContactId == c.Id),
                db.FollowUps.Count(f => f.ContactId == c.Id),
                db.Opportunities.Count(o => o.ContactId == c.Id),
                c.Tags.Count))
            .ToListAsync(cancellationToken);
        if (sides.Count != 2)
        {
            return false;
        }

        Survivor = sides.Single(s => s.Id == id);
        Other = sides.Single(s => s.Id == otherId);
        return true;
    }

    public sealed class InputModel
    {
        /// <summary>Per field, whether the merged contact takes the value of the record that is removed.</summary>
        public Dictionary<ContactField, bool> TakeOther { get; set; } = [];

        public Guid Version { get; set; }

        public Guid OtherVersion { get; set; }
    }

    /// <summary>One of the two records as the page shows it.</summary>
    public sealed record Side(
        int Id,
        Guid Version,
        string FullName,
        string? Email,
        string? Phone,
        string? LinkedInUrl,
        string? CompanyName,
        string? Role,
        string? Location,
        ContactSource Source,
        string? Connection,
        DateOnly? ConnectedOn,
        string? IntroducedBy,
        int? KeepInTouchDays,
        string? Notes,
        int Touches,
        int Interviews,
        int FollowUps,
        int Opportunities,
        int Tags)
    {
        /// <summary>How a field reads on this record, or null when it is empty.</summary>
        public string? ValueOf(ContactField field) => field switch
        {
            ContactField.Name => FullName,
            ContactField.Email => Email,
            ContactField.Phone => Phone,
            ContactField.LinkedInUrl => LinkedInUrl,
            ContactField.Company => CompanyName,
            ContactField.Role => Role,
            ContactField.Location => Location,
            ContactField.Source => Source.DisplayName(),
            ContactField.Connection => Connection,
            ContactField.ConnectedOn => ConnectedOn?.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
            ContactField.IntroducedBy => IntroducedBy,
            ContactField.KeepInTouch => KeepInTouchDays is int days ? $"Every {days} days" : null,
            ContactField.Notes => Notes,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field a merge picks."),
        };
    }

    public static IReadOnlyList<ContactField> AllFields => Fields;
}
