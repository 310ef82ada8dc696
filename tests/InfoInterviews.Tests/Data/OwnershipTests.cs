using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Data;

/// <summary>The database context itself keeps each user's rows to that user, whatever a page asks.</summary>
public abstract class OwnershipTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<string> CreateUserAsync()
    {
        var (scope, _) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@example.test", Email = $"{Guid.NewGuid():N}@example.test", DisplayName = "Owner" };
            var result = await users.CreateAsync(user, Accounts.Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            return user.Id;
        }
    }

    private async Task<(int CompanyId, int ContactId)> SeedAsync(string userId)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var company = new Company($"Acme {Guid.NewGuid():N}", Now);
            var contact = new Contact("Grace", "Hopper", Now) { Company = company };
            contact.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, Now, "First call");
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return (company.Id, contact.Id);
        }
    }

    [SkippableFact]
    public async Task New_rows_are_stamped_with_the_current_user()
    {
        var owner = await CreateUserAsync();
        var (_, contactId) = await SeedAsync(owner);

        var (scope, db) = factory.CreateDbContextFor(owner);
        await using (scope)
        {
            var contact = await db.Contacts.Include(c => c.Interactions).Include(c => c.Company).SingleAsync(c => c.Id == contactId);
            Assert.Equal(owner, contact.OwnerId);
            Assert.Equal(owner, contact.Company!.OwnerId);
            Assert.Equal(owner, Assert.Single(contact.Interactions).OwnerId);
        }
    }

    [SkippableFact]
    public async Task A_second_user_cannot_read_the_first_users_rows()
    {
        var first = await CreateUserAsync();
        var second = await CreateUserAsync();
        var (companyId, contactId) = await SeedAsync(first);

        var (scope, db) = factory.CreateDbContextFor(second);
        await using (scope)
        {
            Assert.Null(await db.Contacts.FindAsync(contactId));
            Assert.False(await db.Contacts.AnyAsync());
            Assert.False(await db.Companies.AnyAsync(c => c.Id == companyId));
            Assert.False(await db.Interactions.AnyAsync());
        }
    }

    [SkippableFact]
    public async Task A_second_user_cannot_change_or_delete_the_first_users_rows()
    {
        var first = await CreateUserAsync();
        var second = await CreateUserAsync();
        var (_, contactId) = await SeedAsync(first);

        Contact firstUsersContact;
        var (readScope, readDb) = factory.CreateDbContextFor(first);
        await using (readScope)
        {
            firstUsersContact = await readDb.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId);
        }

        var (scope, db) = factory.CreateDbContextFor(second);
        await using (scope)
        {
            firstUsersContact.Rename("Mallory", null);
            db.Contacts.Update(firstUsersContact);
            await Assert.ThrowsAsync<OwnershipException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            db.Contacts.Remove(firstUsersContact);
            await Assert.ThrowsAsync<OwnershipException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            Assert.Equal(0, await db.Contacts.Where(c => c.Id == contactId).ExecuteDeleteAsync());
            Assert.Equal(0, await db.Contacts.Where(c => c.Id == contactId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, "pwned")));
        }

        var (checkScope, checkDb) = factory.CreateDbContextFor(first);
        await using (checkScope)
        {
            var contact = await checkDb.Contacts.SingleAsync(c => c.Id == contactId);
            Assert.Equal("Grace", contact.FirstName);
            Assert.Null(contact.Notes);
        }
    }

    [SkippableFact]
    public async Task A_row_cannot_point_at_another_users_row()
    {
        var first = await CreateUserAsync();
        var second = await CreateUserAsync();
        var (companyId, contactId) = await SeedAsync(first);

        var (scope, db) = factory.CreateDbContextFor(second);
        await using (scope)
        {
            db.Contacts.Add(new Contact("Eve", null, Now) { CompanyId = companyId });
            await Assert.ThrowsAsync<OwnershipException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            var othersContact = new Contact("Someone else's", null, Now);
            db.Entry(othersContact).Property(c => c.Id).CurrentValue = contactId;
            db.Contacts.Attach(othersContact);
            db.FollowUps.Add(new FollowUp(othersContact, FollowUpKind.Nudge, "Nudge", Now, Now));
            await Assert.ThrowsAsync<OwnershipException>(() => db.SaveChangesAsync());
        }

        var (checkScope, checkDb) = factory.CreateDbContextFor(second);
        await using (checkScope)
        {
            Assert.False(await checkDb.Contacts.AnyAsync());
            Assert.False(await checkDb.FollowUps.AnyAsync());
        }
    }

    [SkippableFact]
    public async Task Owned_rows_cannot_be_saved_without_a_signed_in_user()
    {
        var (scope, db) = factory.CreateDbContextFor(null);
        await using (scope)
        {
            db.Companies.Add(new Company("Nobody's", Now));
            await Assert.ThrowsAsync<OwnershipException>(() => db.SaveChangesAsync());
        }
    }

    [SkippableFact]
    public async Task Deleting_an_account_deletes_everything_it_owns()
    {
        var owner = await CreateUserAsync();
        var (companyId, contactId) = await SeedAsync(owner);

        var (scope, db) = factory.CreateDbContextFor(owner);
        await using (scope)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(owner))!)).Succeeded);

            var ids = new[] { contactId };
            Assert.False(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => ids.Contains(c.Id)));
            Assert.False(await db.Companies.IgnoreQueryFilters().AnyAsync(c => c.Id == companyId));
            Assert.False(await db.Interactions.IgnoreQueryFilters().AnyAsync(i => i.OwnerId == owner));
        }
    }
}

public sealed class OwnershipTestsOnSqlite(SqliteAppFactory factory) : OwnershipTests<SqliteAppFactory>(factory);

public sealed class OwnershipTestsOnPostgres(PostgresAppFactory factory) : OwnershipTests<PostgresAppFactory>(factory);
