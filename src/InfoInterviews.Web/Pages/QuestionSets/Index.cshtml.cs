using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Pages.QuestionSets;

/// <summary>The user's question sets, by name, with how many questions each holds.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public InterviewPurpose? Purpose { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.QuestionSets.AsNoTracking();
        if (Purpose is { } purpose)
        {
            query = query.Where(s => s.Purpose == purpose);
        }

        Results = await query
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new Row(s.Id, s.Name, s.Purpose, s.Description, s.Questions.Count))
            .ToPagedListAsync(PageNumber, cancellationToken: cancellationToken);
    }

    public sealed record Row(int Id, string Name, InterviewPurpose Purpose, string? Description, int QuestionCount);
}
