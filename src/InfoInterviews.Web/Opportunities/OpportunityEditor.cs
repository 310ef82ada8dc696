using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Opportunities;

/// <summary>
/// Applies the opportunity form to an opportunity: its fields through the entity's methods, the
/// company typed (a new name adds the company) and the contact named. Raises
/// <see cref="DomainRuleException"/> with a message for the user when the form cannot be applied.
/// </summary>
public sealed class OpportunityEditor(AppDbContext db, CompanyEditor companies, ContactNames contactNames, IMarkdownRenderer markdown, UserClock clock)
{
    /// <summary>Today in the user's time zone: the day an opportunity is learned of unless they say otherwise.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.LocalNow);

    /// <summary>The form for an existing opportunity as it is now, and the version it was read at.</summary>
    public async Task<(T Input, Guid Version)?> ReadAsync<T>(int id, CancellationToken cancellationToken = default)
        where T : OpportunityInput, new()
    {
        var row = await db.Opportunities.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.Title,
                o.Kind,
                o.Status,
                CompanyName = o.Company == null ? null : o.Company.Name,
                ContactName = o.Contact == null ? null : o.Contact.FullName,
                o.ContactId,
                o.Url,
                o.LearnedOn,
                o.ActBy,
                o.Notes,
                o.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var input = new T
        {
            Title = row.Title,
            Kind = row.Kind,
            Status = row.Status,
            CompanyName = row.CompanyName,
            ContactName = row.ContactName,
            ContactId = row.ContactId,
            Url = row.Url,
            LearnedOn = row.LearnedOn,
            ActBy = row.ActBy,
            Notes = row.Notes,
        };
        return (input, row.Version);
    }

    /// <summary>A new opportunity from the form, added to the context; not saved.</summary>
    public async Task<Opportunity> AddAsync(OpportunityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var opportunity = new Opportunity(input.Title, input.Kind, input.LearnedOn ?? Today, clock.UtcNow);
        await ApplyAsync(opportunity, input, cancellationToken);
        db.Opportunities.Add(opportunity);
        return opportunity;
    }

    public async Task ApplyAsync(Opportunity opportunity, OpportunityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        ArgumentNullException.ThrowIfNull(input);
        var contactName = FormText.Tidy(input.ContactName);
        var contactId = contactName is null ? null : (int?)await contactNames.FindOneAsync(contactName, input.ContactId, cancellationToken);

        opportunity.Retitle(input.Title);
        opportunity.Kind = input.Kind;
        opportunity.MoveTo(input.Status, clock.UtcNow);
        opportunity.SetDates(input.LearnedOn ?? opportunity.LearnedOn, input.ActBy);
        opportunity.LinkTo(input.Url);
        opportunity.WriteNotes(RenderedMarkdown.Of(input.Notes, markdown));
        opportunity.ContactId = contactId;

        var company = await companies.FindOrAddAsync(input.CompanyName, cancellationToken);
        opportunity.Company = company;
        if (company is null)
        {
            opportunity.CompanyId = null;
        }
    }

    /// <summary>
    /// Runs <paramref name="save"/> for an opportunity the form was applied to. When another request
    /// added a company of the same name between this form's lookup and its save, the unique index on
    /// the name key refuses the new row: the opportunity is then linked to the row that won, and saved once more.
    /// </summary>
    public async Task<T> SaveAsync<T>(Opportunity opportunity, Func<CancellationToken, Task<T>> save, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            return await save(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            if (await companies.TakeWinnerOfRaceAsync(opportunity.Company, cancellationToken) is not { } winner)
            {
                throw;
            }

            opportunity.Company = winner;
            return await save(cancellationToken);
        }
    }
}
