using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Paging;

namespace InfoInterviews.Web.Pages.Contacts;

/// <summary>
/// Likely duplicates: contacts sharing a LinkedIn address, an email, or a name at one company (case and
/// accents ignored), grouped in the database and paged by group, each with links to merge.
/// </summary>
public sealed class DuplicatesModel(ContactDuplicates duplicates) : ListPageModel<DuplicatesModel.Row>
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var groups = await duplicates.Groups().ToPagedListAsync(PageNumber, cancellationToken: cancellationToken);
        var members = await duplicates.MembersAsync(groups.Items.ToList(), cancellationToken);
        var rows = groups.Items
            .Select(g => new Row(g, members.Where(m => m.IsIn(g)).OrderBy(m => m.Id != g.FirstId).ThenBy(m => m.Id).ToList()))
            .ToList();
        Results = new PagedList<Row>(rows, groups.PageNumber, groups.PageSize, groups.TotalCount);
    }

    /// <summary>A group, its oldest record first: the one a merge keeps unless the user swaps.</summary>
    public sealed record Row(DuplicateGroup Group, IReadOnlyList<DuplicateMember> Members)
    {
        public string Reason => Group.Kind switch
        {
            DuplicateKind.LinkedIn => "Same LinkedIn profile",
            DuplicateKind.Email => $"Same email, {Members[0].Email}",
            _ => $"Same name at {Members[0].CompanyName}",
        };
    }
}
