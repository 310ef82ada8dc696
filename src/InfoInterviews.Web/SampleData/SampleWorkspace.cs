using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.SampleData;

/// <summary>
/// Loads the generated sample workspace into the signed-in user's empty workspace, and removes it
/// again without taking anything the user added (docs/decisions/0010-sample-data-marked-and-removed.md).
/// </summary>
public sealed class SampleWorkspace(AppDbContext db, TimeProvider time, IMarkdownRenderer renderer)
{
    /// <summary>Every user who loads sample data meets the same people.</summary>
    public const int Seed = 2026;

    /// <summary>Whether the workspace holds nothing the sample could mix with (see <see cref="WorkspaceContents"/>).</summary>
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => WorkspaceContents.IsEmptyAsync(db, cancellationToken);

    public Task<bool> HasSampleAsync(CancellationToken cancellationToken = default) =>
        db.Contacts.Where(c => c.IsSample).Select(c => c.Id)
            .Concat(db.Companies.Where(c => c.IsSample).Select(c => c.Id))
            .Concat(db.Tags.Where(t => t.IsSample).Select(t => t.Id))
            .Concat(db.InterviewRequests.Where(r => r.IsSample).Select(r => r.Id))
            .Concat(db.Opportunities.Where(o => o.IsSample).Select(o => o.Id))
            .Concat(db.FollowUps.Where(f => f.IsSample).Select(f => f.Id))
            .Concat(db.Interactions.Where(i => i.IsSample).Select(i => i.Id))
            .AnyAsync(cancellationToken);

    /// <summary>
    /// Adds rows as sample data: they and everything they bring along (steps, questions, touches)
    /// are marked, so that the save's routines mark what they plan for them too.
    /// </summary>
    public static void Add(AppDbContext db, IEnumerable<object> rows)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AddRange(rows);
        foreach (var entry in db.ChangeTracker.Entries<OwnedEntity>().Where(e => e.State == EntityState.Added))
        {
            entry.Entity.MarkAsSample();
        }
    }

    /// <summary>Loads one unit of sample data in one save; false, with nothing saved, unless the workspace is empty.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!await IsEmptyAsync(cancellationToken))
        {
            return false;
        }

        var tags = SampleGenerator.CreateTags();
        var unit = new SampleGenerator(Seed, time.GetUtcNow().UtcDateTime, renderer).CreateUnit(0, tags);
        Add(db, [.. tags, .. unit.Roots]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Loaded at the same moment by another request: its names took the unique keys first.
            return false;
        }
    }

    /// <summary>
    /// Deletes the sample rows, except those a row the user added refers to: those are kept and become
    /// the user's, and a kept contact keeps its open keep-in-touch follow-up. Contacts that lose touches
    /// or follow-ups get their stored times again.
    /// Returns how many sample rows were kept.
    /// </summary>
    public async Task<int> RemoveAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var kept = 0;
        for (var adopted = await AdoptReferencedAsync(cancellationToken); adopted > 0; adopted = await AdoptReferencedAsync(cancellationToken))
        {
            kept += adopted;
        }

        // A kept contact keeps its rhythm: the open keep-in-touch follow-up planned for it stays too.
        var contacts = db.Contacts;
        await db.FollowUps
            .Where(f => f.IsSample && f.Kind == FollowUpKind.KeepInTouch && f.CompletedUtc == null && contacts.Any(c => c.Id == f.ContactId && !c.IsSample))
            .ExecuteUpdateAsync(setters => setters.SetProperty(f => f.IsSample, false), cancellationToken);

        var revised = await db.Contacts
            .Where(c => !c.IsSample
                && (db.Interactions.Any(i => i.IsSample && i.ContactId == c.Id) || db.FollowUps.Any(f => f.IsSample && f.ContactId == c.Id)))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);

        await db.FollowUps.Where(f => f.IsSample).ExecuteDeleteAsync(cancellationToken);
        await db.Opportunities.Where(o => o.IsSample).ExecuteDeleteAsync(cancellationToken);
        await db.Interactions.Where(i => i.IsSample).ExecuteDeleteAsync(cancellationToken);

        // An interview's steps and questions go with it.
        await db.InterviewRequests.Where(r => r.IsSample).ExecuteDeleteAsync(cancellationToken);
        await db.Contacts.Where(c => c.IsSample).ExecuteDeleteAsync(cancellationToken);
        await db.Tags.Where(t => t.IsSample).ExecuteDeleteAsync(cancellationToken);
        await db.Companies.Where(c => c.IsSample).ExecuteDeleteAsync(cancellationToken);

        var interactions = db.Interactions;
        await db.Contacts.Where(c => revised.Contains(c.Id)).ExecuteUpdateAsync(
            setters => setters.SetProperty(c => c.LastTouchUtc, c => interactions.Where(i => i.ContactId == c.Id).Max(i => (DateTime?)i.OccurredUtc)),
            cancellationToken);
        await NextFollowUps.OfContacts(revised).RecomputeAsync(db, cancellationToken);

        // These statements bypass the save, which moves the version on for every other write.
        await WorkspaceVersion.MoveOnAsync(db, [db.CurrentOwnerId!], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return kept;
    }

    /// <summary>
    /// One pass of unmarking the sample rows that a row not (or no longer) sample refers to: an
    /// interview or touch the user added keeps its contact, a contact keeps its company. Repeated until
    /// nothing changes, since each kept row may keep others.
    /// </summary>
    private async Task<int> AdoptReferencedAsync(CancellationToken cancellationToken)
    {
        var contacts = db.Contacts;
        var interviews = db.InterviewRequests;
        var interactions = db.Interactions;
        var followUps = db.FollowUps;
        var opportunities = db.Opportunities;
        var questions = db.InterviewQuestions;
        var contactTags = db.ContactTags;

        var adopted = await interviews
            .Where(r => r.IsSample
                && (followUps.Any(f => !f.IsSample && f.InterviewRequestId == r.Id)
                    || opportunities.Any(o => !o.IsSample && o.InterviewRequestId == r.Id)
                    || interactions.Any(i => !i.IsSample && i.InterviewRequestId == r.Id)
                    || questions.Any(q => !q.IsSample && q.InterviewRequestId == r.Id)
                    || contacts.Any(c => !c.IsSample && c.SuggestedInInterviewId == r.Id)))
            .ExecuteUpdateAsync(setters => setters.SetProperty(r => r.IsSample, false), cancellationToken);
        adopted += await contacts
            .Where(c => c.IsSample
                && (contacts.Any(other => !other.IsSample && other.IntroducedById == c.Id)
                    || interviews.Any(r => !r.IsSample && (r.ContactId == c.Id || r.IntroducerId == c.Id))
                    || interactions.Any(i => !i.IsSample && i.ContactId == c.Id)
                    || followUps.Any(f => !f.IsSample && f.ContactId == c.Id)
                    || opportunities.Any(o => !o.IsSample && o.ContactId == c.Id)))
            .ExecuteUpdateAsync(setters => setters.SetProperty(c => c.IsSample, false), cancellationToken);
        adopted += await db.Companies
            .Where(company => company.IsSample
                && (contacts.Any(c => !c.IsSample && c.CompanyId == company.Id)
                    || interviews.Any(r => !r.IsSample && r.CompanyId == company.Id)
                    || opportunities.Any(o => !o.IsSample && o.CompanyId == company.Id)))
            .ExecuteUpdateAsync(setters => setters.SetProperty(c => c.IsSample, false), cancellationToken);
        adopted += await db.Tags
            .Where(t => t.IsSample && contactTags.Any(ct => ct.TagId == t.Id && !ct.Contact!.IsSample))
            .ExecuteUpdateAsync(setters => setters.SetProperty(t => t.IsSample, false), cancellationToken);
        return adopted;
    }
}
