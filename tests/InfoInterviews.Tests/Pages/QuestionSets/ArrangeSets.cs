using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.QuestionSets;

/// <summary>Arranges question sets straight in the database and reads them back.</summary>
internal static class ArrangeSets
{
    public static async Task<int> SetAsync(AppFactory factory, string userId, string name, params string[] questions)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var set = new QuestionSet(name, InterviewPurpose.Job);
            foreach (var question in questions)
            {
                set.Add(question);
            }

            db.QuestionSets.Add(set);
            await db.SaveChangesAsync();
            return set.Id;
        }
    }

    public static async Task<QuestionSet?> FindAsync(AppFactory factory, string userId, int id)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            return await db.QuestionSets.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id);
        }
    }

    public static string[] Texts(QuestionSet set) => set.Ordered.Select(q => q.Text).ToArray();
}
