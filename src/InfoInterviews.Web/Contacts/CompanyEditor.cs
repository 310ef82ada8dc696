using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// Applies the company form to a company. A user has one company of a name, whatever its case or accents, so that
/// typing a company on a contact finds the one they already have.
/// </summary>
public sealed class CompanyEditor(AppDbContext db, UserClock clock, IMarkdownRenderer markdown)
{
    /// <summary>The user's company names, for the suggestions of every field that takes a company name.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default) =>
        await db.Companies.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(cancellationToken);

    /// <summary>The user's company of this name, compared on the folded key (case and accents ignored).</summary>
    public Task<Company?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = SearchKey.Fold(name);
        return db.Companies.FirstOrDefaultAsync(c => c.NameKey == key, cancellationToken);
    }

    /// <summary>
    /// The company a typed name means: the user's company of that name, or a new one added to the
    /// context. Null when nothing was typed. Every form that takes a company name goes through here.
    /// </summary>
    public async Task<Company?> FindOrAddAsync(string? typedName, CancellationToken cancellationToken = default)
    {
        var name = FormText.Tidy(typedName);
        if (name is null)
        {
            return null;
        }

        var key = SearchKey.Fold(name);
        return db.Companies.Local.FirstOrDefault(c => c.NameKey == key)
            ?? await FindByNameAsync(name, cancellationToken)
            ?? db.Companies.Add(new Company(name, clock.UtcNow)).Entity;
    }

    /// <summary>
    /// When <paramref name="company"/> is a row this form added and another request saved a company of the
    /// same name first (the unique index refused this one), the row that won, with the loser no longer
    /// tracked; otherwise null. Forms that add a company by its typed name link to the winner and save again.
    /// </summary>
    public async Task<Company?> TakeWinnerOfRaceAsync(Company? company, CancellationToken cancellationToken = default)
    {
        if (company is null || db.Entry(company).State != EntityState.Added
            || await db.Companies.FirstOrDefaultAsync(c => c.NameKey == company.NameKey, cancellationToken) is not { } winner)
        {
            return null;
        }

        db.Entry(company).State = EntityState.Detached;
        return winner;
    }

    public async Task ApplyAsync(Company company, CompanyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(input);
        var namesake = await FindByNameAsync(input.Name, cancellationToken);
        if (namesake is not null && namesake != company)
        {
            throw new DomainRuleException(NamesakeMessage(namesake.Name));
        }

        company.Rename(input.Name);
        company.Website = FormText.Tidy(input.Website);
        company.Industry = FormText.Tidy(input.Industry);
        company.Location = FormText.Tidy(input.Location);
        company.WriteNotes(RenderedMarkdown.Of(input.Notes, markdown));
        company.Score(input.Motivation, input.Posting);
    }

    /// <summary>Why a company cannot take a name: the user has one of that name already.</summary>
    public static string NamesakeMessage(string name) => $"You already have a company called \"{name}\".";

    public static void Fill(CompanyInput input, Company company)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(company);
        input.Name = company.Name;
        input.Website = company.Website;
        input.Industry = company.Industry;
        input.Location = company.Location;
        input.Motivation = company.Motivation;
        input.Posting = company.Posting;
        input.Notes = company.Notes;
    }
}
