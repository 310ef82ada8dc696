using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Search;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>
/// Starts a request for an informational interview with one of the user's contacts; or, when the
/// contact has already said yes, records the ask, the yes and the meeting time in one step.
/// </summary>
public sealed class CreateModel(AppDbContext db, ContactNames contactNames, TextSearch search, UserClock clock) : PageModel
{
    public const int ContactChoices = 50;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The contact has already agreed: the form also asks when and how the meeting is.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Agreed { get; set; }

    public string Title => Agreed ? "Schedule an informational interview" : "Request an informational interview";

    /// <summary>Narrows the contacts offered when the page was not opened from a contact.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>The contact the page was opened from, if any.</summary>
    public ContactOption? FixedContact { get; private set; }

    public IReadOnlyList<ContactOption> Contacts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? contactId, CancellationToken cancellationToken)
    {
        Input.Meeting = Agreed ? new MeetingInput() : null;
        if (contactId is not null)
        {
            FixedContact = await FindContactAsync(contactId.Value, cancellationToken);
            if (FixedContact is null)
            {
                return NotFound();
            }

            Input.ContactId = FixedContact.Id;
        }
        else
        {
            Contacts = await SearchContactsAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? contactId, CancellationToken cancellationToken)
    {
        // Opened from a contact, the request is for the contact its address names, whatever the form says.
        if (contactId is not null)
        {
            Input.ContactId = contactId;
        }

        Contact? contact = null;
        if (Input.ContactId is { } id)
        {
            contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (contact is null)
            {
                return NotFound();
            }
        }

        if (Agreed && Input.Meeting is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Meeting)}.{nameof(MeetingInput.Start)}", "Enter the date and time of the interview.");
        }

        var introducerId = await FindIntroducerAsync(contact, cancellationToken);
        var request = ModelState.IsValid && contact is not null ? NewRequest(contact, introducerId) : null;
        if (request is null || contact is null)
        {
            if (contactId is not null && contact is not null)
            {
                FixedContact = new ContactOption(contact.Id, contact.FullName, null);
            }
            else
            {
                Contacts = await SearchContactsAsync(cancellationToken);
            }

            return Page();
        }

        db.InterviewRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        TempData[nameof(DetailsModel.StatusMessage)] = Agreed
            ? $"Interview with {contact.FullName} scheduled. Its history shows the ask, the yes and the schedule."
            : $"Interview with {contact.FullName} planned. Mark it requested once you have asked.";
        return RedirectToPage("Details", new { id = request.Id });
    }

    /// <summary>The request the form describes, scheduled when the contact already agreed; null when a rule refuses it.</summary>
    private InterviewRequest? NewRequest(Contact contact, int? introducerId)
    {
        var now = clock.UtcNow;
        var request = new InterviewRequest(
            contact,
            Input.Purpose!.Value,
            string.IsNullOrWhiteSpace(Input.Goal) ? null : Input.Goal.Trim(),
            Input.Channel!.Value,
            now)
        {
            IntroducerId = introducerId,
        };
        if (!Agreed)
        {
            return request;
        }

        var meeting = Input.Meeting!;
        if (meeting.StartUtcIfMeant(clock, ModelState, $"{nameof(Input)}.{nameof(Input.Meeting)}") is not { } startUtc)
        {
            return null;
        }

        try
        {
            request.ScheduleAgreed(startUtc, meeting.DurationMinutes, meeting.Format!.Value, meeting.LocationOrLink, now);
            return request;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return null;
        }
    }

    /// <summary>The contact who will make the introduction, when the user asks through one.</summary>
    private async Task<int?> FindIntroducerAsync(Contact? contact, CancellationToken cancellationToken)
    {
        if (Input.Channel != AskChannel.Introduction)
        {
            return null;
        }

        var key = $"{nameof(Input)}.{nameof(Input.IntroducedBy)}";
        if (string.IsNullOrWhiteSpace(Input.IntroducedBy))
        {
            ModelState.AddModelError(key, "Name the contact who will introduce you.");
            return null;
        }

        try
        {
            var id = await contactNames.FindOneAsync(Input.IntroducedBy.Trim(), null, cancellationToken);
            Contact.EnsureIntroducerIsSomeoneElse(contact?.Id ?? 0, id);
            return id;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(key, e.Message);
            return null;
        }
    }

    private static readonly Expression<Func<Contact, ContactOption>> AsOption =
        c => new ContactOption(c.Id, c.LastName == null ? c.FirstName : c.FirstName + " " + c.LastName, c.Company != null ? c.Company.Name : null);

    private Task<ContactOption?> FindContactAsync(int id, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(AsOption)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<ContactOption>> SearchContactsAsync(CancellationToken cancellationToken)
    {
        var query = db.Contacts.AsNoTracking().Active();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // The contact list's search: served by the index, where a LIKE inside the name read every contact.
            var hits = search.Contacts(SearchWords.Parse(Search)).Select(h => h.Id);
            query = query.Where(c => hits.Contains(c.Id));
        }

        return await query
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Take(ContactChoices)
            .Select(AsOption)
            .ToListAsync(cancellationToken);
    }

    public sealed record ContactOption(int Id, string Name, string? CompanyName)
    {
        public string Label => CompanyName is null ? Name : $"{Name} ({CompanyName})";
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the contact you want to talk to.")]
        [Display(Name = "Contact")]
        public int? ContactId { get; set; }

        [Required(ErrorMessage = "Choose what the conversation is about.")]
        [Display(Name = "What is it about?")]
        public InterviewPurpose? Purpose { get; set; }

        [StringLength(InterviewRequest.GoalMaxLength, ErrorMessage = "What you want to learn has at most {1} characters.")]
        [Display(Name = "What do you want to learn?")]
        public string? Goal { get; set; }

        [Required(ErrorMessage = "Choose how you will ask.")]
        [Display(Name = "How will you ask?")]
        public AskChannel? Channel { get; set; }

        [StringLength(Contact.NameMaxLength * 2 + 1)]
        [Display(Name = "Who will introduce you?")]
        public string? IntroducedBy { get; set; }

        /// <summary>When and how they meet, asked only when the contact has already agreed.</summary>
        public MeetingInput? Meeting { get; set; }
    }
}
