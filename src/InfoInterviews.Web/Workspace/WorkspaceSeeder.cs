using InfoInterviews.Web.Data;

namespace InfoInterviews.Web.Workspace;

/// <summary>Fills a new account's workspace with what it starts with: the starter question sets and outreach templates.</summary>
public sealed class WorkspaceSeeder(HttpCurrentUser currentUser, AppDbContext db)
{
    /// <summary>
    /// Runs in the request that created the account, before anyone has signed in as it, so it acts as
    /// the new user for the rest of this scope.
    /// </summary>
    public async Task SeedAsync(string userId, CancellationToken cancellationToken = default)
    {
        currentUser.ActAs(userId);
        db.QuestionSets.AddRange(StarterQuestionSets.All.Select(s => s.Build()));
        db.OutreachTemplates.AddRange(StarterOutreachTemplates.All.Select(t => t.Build()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
