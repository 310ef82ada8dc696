using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Pages.Tags;

/// <summary>Tag names for the typeahead fields (see <see cref="SuggestPageModel"/>).</summary>
public sealed class SuggestModel(NameLookup names) : SuggestPageModel
{
    protected override int NameMaxLength => Tag.NameMaxLength;

    protected override Task<IReadOnlyList<string>> SuggestAsync(string typed, CancellationToken cancellationToken) =>
        names.SuggestTagsAsync(typed, cancellationToken);
}
