using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Contacts;

/// <summary>
/// Applies the company form to a company. A user has one company of a name, whatever its case, so that
/// typing a company on a contact finds the one they already have.
/// </summary>
public sealed class CompanyEditor(AppDbContext db, UserClock clock)
{
    /// <summary>The user's company of this name, compared without regard to case (<c>lower()</c> on both databases).</summary>
    public Task<Company?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lowered = name.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() runs in SQL as lower(), the same on both databases.
        return db.Companies.FirstOrDefaultAsync(c => c.Name.ToLower() == lowered, cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
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

        return db.Companies.Local.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? await FindByNameAsync(name, cancellationToken)
            ?? db.Companies.Add(new Company(name, clock.UtcNow)).Entity;
    }

    public async Task ApplyAsync(Company company, CompanyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(input);
        var namesake = await FindByNameAsync(input.Name, cancellationToken);
        if (namesake is not null && namesake != company)
        {
            throw new DomainRuleException($"You already have a company called \"{namesake.Name}\".");
        }

        company.Rename(input.Name);
        company.Website = FormText.Tidy(input.Website);
        company.Industry = FormText.Tidy(input.Industry);
        company.Location = FormText.Tidy(input.Location);
        company.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes;
        company.Score(input.Motivation, input.Posting);
    }

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
