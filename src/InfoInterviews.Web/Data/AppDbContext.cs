using System.Reflection;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Data;

/// <summary>
/// The unit of work over the whole model. Every owned row is filtered to the current user, stamped
/// with that user on insert, and may only point at rows of the same owner: a page cannot read or link
/// another user's data even if it forgets a <c>Where</c>. Each provider has its own subclass and
/// migration set (see docs/decisions/0002-one-migration-set-per-provider.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ICurrentUser currentUser)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public const string OwnerFilter = "Owner";

    /// <summary>Read by the query filters each time a query runs, so one model serves every user.</summary>
    public string? CurrentOwnerId => currentUser.Id;

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<ContactTag> ContactTags => Set<ContactTag>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<InterviewRequest> InterviewRequests => Set<InterviewRequest>();

    public DbSet<InterviewStatusChange> InterviewStatusChanges => Set<InterviewStatusChange>();

    public DbSet<InterviewQuestion> InterviewQuestions => Set<InterviewQuestion>();

    public DbSet<QuestionSet> QuestionSets => Set<QuestionSet>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OutreachTemplate> OutreachTemplates => Set<OutreachTemplate>();

    public DbSet<ImportFile> ImportFiles => Set<ImportFile>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAsync(synchronous: true, applyRoutines: true, acceptAllChangesOnSuccess, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(synchronous: false, applyRoutines: true, acceptAllChangesOnSuccess, cancellationToken).AsTask();

    /// <summary>
    /// Saves rows as a record made elsewhere holds them (a restored workspace export), without the
    /// follow-up routines of decision 0007: the record already holds the follow-ups, touches and replies
    /// those routines made when it was written, so running them again would plan and close things twice.
    /// Ownership is enforced and next follow-up times are kept as in every save. The one way to skip the
    /// routines; everything else saves with <see cref="SaveChangesAsync(bool, CancellationToken)"/>.
    /// </summary>
    public Task<int> SaveAsRecordedAsync(CancellationToken cancellationToken = default) =>
        SaveAsync(synchronous: false, applyRoutines: false, acceptAllChangesOnSuccess: true, cancellationToken).AsTask();

    /// <summary>
    /// Plans the follow-ups the changes call for, enforces ownership over everything saved, and keeps
    /// the next follow-up time of each contact whose follow-ups changed. Only the Data Protection key
    /// store saves synchronously, and it changes no user data: the follow-up steps then do no I/O.
    /// </summary>
    private async ValueTask<int> SaveAsync(bool synchronous, bool applyRoutines, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var nextFollowUps = await FollowUpUpkeep.RunAsync(this, applyRoutines, cancellationToken);
        var ownedChanged = await EnforceOwnershipAsync(synchronous, cancellationToken);
        var workspaces = ChangedWorkspaces(ownedChanged);

        // The stored summary commits with the follow-ups it sums up, and the workspace version with the
        // rows it stands for, or not at all; and where the provider asks for it, every save that changes
        // something runs in a transaction of its own.
        if (nextFollowUps.IsEmpty && workspaces.Count == 0 && (synchronous || !SavesInTransaction || !ChangeTracker.HasChanges()))
        {
            return synchronous ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        var turn = ownTransaction ? await TakeWriteTurnAsync(cancellationToken) : null;
        if (turn is not null)
        {
            WriteTurns.MarkHeld(turn);
        }

        try
        {
            var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await using (transaction)
            {
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (!nextFollowUps.IsEmpty)
                {
                    await nextFollowUps.RecomputeAsync(this, cancellationToken);
                }

                if (workspaces.Count > 0)
                {
                    await WorkspaceVersion.MoveOnAsync(this, workspaces, cancellationToken);
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return saved;
            }
        }
        finally
        {
            turn?.Release();
        }
    }

    /// <summary>
    /// The users whose workspace version the save moves on: the owner of the rows it changes, and each
    /// user whose own settings it changes (the weekly goal, the time zone), which figures depend on too.
    /// </summary>
    private List<string> ChangedWorkspaces(bool ownedChanged)
    {
        var users = ChangeTracker.Entries<ApplicationUser>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
        if (ownedChanged && CurrentOwnerId is { } owner && !users.Contains(owner))
        {
            users.Add(owner);
        }

        return users;
    }

    /// <summary>Whether every save that changes something runs in a transaction begun before its first statement.</summary>
    protected virtual bool SavesInTransaction => false;

    /// <summary>
    /// Waits for this database's turn to write where the provider needs one (see <see cref="WriteTurns"/>),
    /// before a save begins its transaction; null where it does not, or where this flow holds the turn already.
    /// </summary>
    protected virtual Task<SemaphoreSlim?> TakeWriteTurnAsync(CancellationToken cancellationToken) => Task.FromResult<SemaphoreSlim?>(null);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var applyOwnership = typeof(AppDbContext).GetMethod(nameof(ApplyOwnership), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IOwned).IsAssignableFrom).ToList())
        {
            applyOwnership.MakeGenericMethod(type).Invoke(this, [builder]);
        }
    }

    private void ApplyOwnership<T>(ModelBuilder builder)
        where T : class, IOwned
    {
        var entity = builder.Entity<T>();
        entity.Property(e => e.OwnerId).HasMaxLength(450).IsRequired();
        entity.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.Cascade);
        entity.HasQueryFilter(OwnerFilter, e => e.OwnerId == CurrentOwnerId);
        if (typeof(OwnedEntity).IsAssignableFrom(typeof(T)))
        {
            entity.Property(nameof(OwnedEntity.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Stamps the owner on new rows, refuses any change to another user's rows or to an owner, gives
    /// every changed row a new version, and checks that each reference a change sets points at a row
    /// of the same owner. Returns whether the save changes any owned row.
    /// </summary>
    private async ValueTask<bool> EnforceOwnershipAsync(bool synchronous, CancellationToken cancellationToken)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries<IOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
        {
            return false;
        }

        var owner = CurrentOwnerId
            ?? throw new OwnershipException("Changes to a user's data need that user to be signed in.");
        foreach (var entry in changed)
        {
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.OwnerId))
            {
                entry.Entity.OwnerId = owner;
            }

            if (entry.Entity.OwnerId != owner || (entry.State == EntityState.Modified && entry.Property(e => e.OwnerId).IsModified))
            {
                throw new OwnershipException($"A {entry.Metadata.ClrType.Name} of another user cannot be changed.");
            }

            if (entry.Entity is OwnedEntity versioned && entry.State == EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
        }

        foreach (var entry in changed.Where(e => e.State != EntityState.Deleted))
        {
            foreach (var foreignKey in entry.Metadata.GetForeignKeys()
                         .Where(fk => typeof(IOwned).IsAssignableFrom(fk.PrincipalEntityType.ClrType)))
            {
                var properties = foreignKey.Properties.Select(p => entry.Property(p.Name)).ToList();
                if (entry.State == EntityState.Modified && !properties.Any(p => p.IsModified))
                {
                    continue;
                }

                var keyValues = properties.Select(p => p.CurrentValue).ToArray();
                if (keyValues.Any(v => v is null))
                {
                    continue;
                }

                // The query filter hides other users' rows, so a principal that cannot be found is not ours.
                var principal = foreignKey.DependentToPrincipal is { } navigation
                    ? entry.Navigation(navigation.Name).CurrentValue
                    : null;
                principal ??= synchronous
                    ? Find(foreignKey.PrincipalEntityType.ClrType, keyValues)
                    : await FindAsync(foreignKey.PrincipalEntityType.ClrType, keyValues, cancellationToken);

                if (principal is not IOwned owned || owned.OwnerId != owner)
                {
                    throw new OwnershipException(
                        $"A {entry.Metadata.ClrType.Name} may only refer to a {foreignKey.PrincipalEntityType.ClrType.Name} of the same user.");
                }
            }
        }

        return true;
    }
}
