using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Pages.Companies;

/// <summary>Company names for the typeahead fields (see <see cref="SuggestPageModel"/>).</summary>
public sealed class SuggestModel(NameLookup names) : SuggestPageModel
{
    protected override int NameMaxLength => Company.NameMaxLength;

    protected override Task<IReadOnlyList<string>> SuggestAsync(string typed, CancellationToken cancellationToken) =>
        names.SuggestCompaniesAsync(typed, cancellationToken);
}
