using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// A step of every save: runs the <see cref="FollowUpPlanner"/> routines on what the save changes (an
/// ask, a reply, a meeting, a touch, a keep-in-touch rhythm), so that no page has to remember them,
/// and names the contacts whose next follow-up the save changes (see <see cref="NextFollowUps"/>).
/// </summary>
internal sealed class FollowUpUpkeep
{
    private readonly AppDbContext db;
    private readonly string owner;
    private ApplicationUser? user;

    private FollowUpUpkeep(AppDbContext db, string owner)
    {
        this.db = db;
        this.owner = owner;
    }

    /// <summary>
    /// Applies the routines to the tracked changes unless <paramref name="applyRoutines"/> is false (see
    /// <see cref="AppDbContext.SaveAsRecordedAsync"/>); returns the contacts whose next follow-up to recompute.
    /// </summary>
    public static async Task<NextFollowUps> RunAsync(AppDbContext db, bool applyRoutines, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();

        // Without a signed-in user the ownership check refuses the save; there is nothing to plan for.
        if (applyRoutines && db.CurrentOwnerId is { } owner)
        {
            // The changes were detected once above, and the routines track what they add or remove
            // themselves: detecting again on every look at the tracked follow-ups would cost the whole
            // change set per contact, which a save of many contacts (an import) cannot afford. What the
            // routines change on tracked rows is detected once they are done.
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await new FollowUpUpkeep(db, owner).ApplyRoutinesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }

            db.ChangeTracker.DetectChanges();
        }

        return NextFollowUps.Of(db);
    }

    private async Task ApplyRoutinesAsync(CancellationToken cancellationToken)
    {
        var steps = db.ChangeTracker.Entries<InterviewStatusChange>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => (Step: e.Entity, Interview: e.Entity.InterviewRequest!))
            .Where(s => s.Interview?.Contact is not null)
            .ToList();
        var touches = db.ChangeTracker.Entries<Interaction>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var rhythmChanged = db.ChangeTracker.Entries<Contact>()
            .Where(e => (e.State == EntityState.Added && e.Entity.KeepInTouchDays is not null)
                || (e.State == EntityState.Modified && e.Property(c => c.KeepInTouchDays).IsModified))
            .Select(e => e.Entity)
            .ToList();
        var keptInTouch = db.ChangeTracker.Entries<FollowUp>()
            .Where(e => e.State == EntityState.Modified && e.Entity.Kind == FollowUpKind.KeepInTouch && e.Entity.IsDone
                && e.Property(f => f.CompletedUtc).IsModified)
            .Select(e => e.Entity)
            .ToList();
        if (steps.Count == 0 && touches.Count == 0 && rhythmChanged.Count == 0 && keptInTouch.Count == 0)
        {
            return;
        }

        // Asks first: an ask and its yes saved together (the fast path) make a reply to that ask.
        foreach (var (step, interview) in steps.Where(s => s.Step.ToStatus == InterviewStatus.Requested))
        {
            var zone = await ZoneAsync(cancellationToken);
            interview.Contact!.AwaitReply(step.ChangedUtc, zone);
            if (interview.Status == InterviewStatus.Requested)
            {
                var companyName = await CompanyNameAsync(interview.Contact, cancellationToken);
                AddAll(FollowUpPlanner.PlanNudges(interview, companyName, step.ChangedUtc, zone, await OfInterviewAsync(interview, cancellationToken)));
            }
        }

        foreach (var (step, interview) in steps.Where(s => s.Step.ToStatus is InterviewStatus.Accepted or InterviewStatus.Declined))
        {
            await ReplyAsync(interview.Contact!, step.ChangedUtc, cancellationToken);
        }

        foreach (var touch in touches.Where(e => e.State != EntityState.Deleted && e.Entity.Direction == InteractionDirection.Incoming))
        {
            if (await ContactOfAsync(touch.Entity, cancellationToken) is { } contact)
            {
                await ReplyAsync(contact, touch.Entity.OccurredUtc, cancellationToken);
            }
        }

        foreach (var (step, interview) in steps.Where(s => s.Step.ToStatus == InterviewStatus.Cancelled))
        {
            FollowUpPlanner.CloseNudges(await OfInterviewAsync(interview, cancellationToken), step.ChangedUtc);
        }

        foreach (var (_, interview) in steps.Where(s => s.Step.ToStatus == InterviewStatus.Completed))
        {
            var settings = await UserAsync(cancellationToken);
            AddAll(FollowUpPlanner.PlanAfterMeeting(interview, settings.ThankYouAfterDays, settings.UpdateAfterDays, await OfInterviewAsync(interview, cancellationToken)));
        }

        var rhythms = new List<Contact?>(rhythmChanged);
        foreach (var touch in touches)
        {
            rhythms.Add(await ContactOfAsync(touch.Entity, cancellationToken));
        }

        foreach (var followUp in keptInTouch)
        {
            rhythms.Add(await ContactAsync(followUp.Contact, followUp.ContactId, cancellationToken));
        }

        foreach (var contact in rhythms.OfType<Contact>().Distinct())
        {
            await KeepInTouchAsync(contact, removeMoot: rhythmChanged.Contains(contact), cancellationToken);
        }
    }

    private async Task KeepInTouchAsync(Contact contact, bool removeMoot, CancellationToken cancellationToken)
    {
        if (db.Entry(contact).State == EntityState.Deleted || (contact.KeepInTouchDays is null && !removeMoot))
        {
            return;
        }

        var kept = await OfContactAsync(contact, f => f.Kind == FollowUpKind.KeepInTouch, cancellationToken);
        var plan = FollowUpPlanner.KeepInTouch(
            contact,
            kept.Where(f => !f.IsDone).ToList(),
            kept.Where(f => f.IsDone).Max(f => f.CompletedUtc));
        if (plan.Added is not null)
        {
            db.FollowUps.Add(plan.Added);
        }

        db.FollowUps.RemoveRange(plan.Moot);
    }

    private async Task ReplyAsync(Contact contact, DateTime repliedUtc, CancellationToken cancellationToken)
    {
        contact.NoteReply(repliedUtc, await ZoneAsync(cancellationToken));
        FollowUpPlanner.CloseNudges(await OfContactAsync(contact, FollowUpPlanner.IsNudge, cancellationToken), repliedUtc);
    }

    private void AddAll(IEnumerable<FollowUp> followUps) => db.FollowUps.AddRange(followUps);

    /// <summary>
    /// The interview's follow-ups: those saved (loaded, so that changes to them are saved too) and those
    /// added in this save, which a retried save must not plan twice.
    /// </summary>
    private async Task<List<FollowUp>> OfInterviewAsync(InterviewRequest interview, CancellationToken cancellationToken)
    {
        if (interview.Id != 0)
        {
            await db.FollowUps.Where(f => f.InterviewRequestId == interview.Id).LoadAsync(cancellationToken);
        }

        return db.FollowUps.Local
            .Where(f => ReferenceEquals(f.InterviewRequest, interview) || (interview.Id != 0 && f.InterviewRequestId == interview.Id))
            .ToList();
    }

    /// <summary>The contact's follow-ups that <paramref name="matches"/>, saved or added in this save.</summary>
    private async Task<List<FollowUp>> OfContactAsync(Contact contact, Func<FollowUp, bool> matches, CancellationToken cancellationToken)
    {
        if (contact.Id != 0)
        {
            await db.FollowUps.Where(f => f.ContactId == contact.Id && f.CompletedUtc == null).LoadAsync(cancellationToken);
            await db.FollowUps.Where(f => f.ContactId == contact.Id && f.Kind == FollowUpKind.KeepInTouch).LoadAsync(cancellationToken);
        }

        return db.FollowUps.Local
            .Where(f => ReferenceEquals(f.Contact, contact) || (contact.Id != 0 && f.ContactId == contact.Id))
            .Where(matches)
            .ToList();
    }

    private Task<Contact?> ContactOfAsync(Interaction touch, CancellationToken cancellationToken) =>
        ContactAsync(touch.Contact, touch.ContactId, cancellationToken);

    /// <summary>A contact its dependent was loaded with, or else found (and tracked) by its key.</summary>
    private async Task<Contact?> ContactAsync(Contact? loaded, int contactId, CancellationToken cancellationToken) =>
        loaded ?? await db.Contacts.FindAsync([contactId], cancellationToken);

    private async Task<string?> CompanyNameAsync(Contact contact, CancellationToken cancellationToken) =>
        contact.Company?.Name ?? (contact.CompanyId is int companyId
            ? await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null);

    /// <summary>Business days are counted in the user's zone, read from the account: a save may run outside a request.</summary>
    private async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken) =>
        TimeZones.FindOrUtc((await UserAsync(cancellationToken)).TimeZoneId);

    private async Task<ApplicationUser> UserAsync(CancellationToken cancellationToken) =>
        user ??= await db.Users.FindAsync([owner], cancellationToken)
            ?? throw new OwnershipException("Follow-ups are planned for a user who has an account.");
}
