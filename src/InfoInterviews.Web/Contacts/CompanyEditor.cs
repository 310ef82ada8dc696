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
        return name is null ? null : (await FindOrAddAllAsync([name], cancellationToken))[SearchKey.Fold(name)];
    }

    /// <summary>
    /// The companies a batch of typed names means, by folded key, found in one query: names that fold
    /// alike (two rows of one file naming the same new company) mean one company. Blank names are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Company>> FindOrAddAllAsync(IEnumerable<string?> typedNames, CancellationToken cancellationToken = default)
    {
        var names = typedNames.Select(FormText.Tidy).OfType<string>().DistinctBy(SearchKey.Fold).ToList();
        var companies = new Dictionary<string, Company>();
        foreach (var company in db.Companies.Local)
        {
            companies.TryAdd(company.NameKey, company);
        }

        var missing = names.Select(SearchKey.Fold).Where(key => !companies.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            // One parameter for the whole list: a large import names more companies than a statement takes parameters.
            foreach (var company in await db.Companies.Where(c => EF.Parameter(missing).Contains(c.NameKey)).ToListAsync(cancellationToken))
            {
                companies.TryAdd(company.NameKey, company);
            }
        }

        foreach (var name in names.Where(n => !companies.ContainsKey(SearchKey.Fold(n))))
        {
            companies.Add(SearchKey.Fold(name), db.Companies.Add(new Company(name, clock.UtcNow)).Entity);
        }

        return companies;
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
