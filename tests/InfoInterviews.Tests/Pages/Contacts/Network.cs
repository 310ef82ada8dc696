using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>A signed-in user and their network, arranged and read straight in the database.</summary>
public sealed class Network(AppFactory factory, AppClient client, string userId) : IDisposable
{
    public AppClient Client => client;

    /// <summary>The fake clock's time to the whole second, which both databases store exactly.</summary>
    public DateTime Now
    {
        get
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        }
    }

    public static async Task<Network> SignInAsync(AppFactory factory, AppClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        client ??= factory.CreateAppClient();
        var user = await client.SignUpAndSignInAsync();
        return new Network(factory, client, await factory.FindUserIdAsync(user.Email));
    }

    /// <summary>Runs work on a database context acting as this user, saving what it changed.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var result = await work(db);
            await db.SaveChangesAsync();
            return result;
        }
    }

    public Task<Contact> AddContactAsync(string firstName, string? lastName = null, string? company = null, Action<Contact>? configure = null) =>
        WithDbAsync(db =>
        {
            var contact = new Contact(firstName, lastName, Now);
            if (company is not null)
            {
                contact.Company = db.Companies.Local.FirstOrDefault(c => c.Name == company)
                    ?? db.Companies.FirstOrDefault(c => c.Name == company)
                    ?? new Company(company, Now);
            }

            configure?.Invoke(contact);
            db.Contacts.Add(contact);
            return Task.FromResult(contact);
        });

    public Task<Company> AddCompanyAsync(string name, int motivation = 0, int posting = 0) =>
        WithDbAsync(db =>
        {
            var company = new Company(name, Now);
            company.Score(motivation, posting);
            db.Companies.Add(company);
            return Task.FromResult(company);
        });

    public Task<Tag> AddTagAsync(string name, params int[] contactIds) =>
        WithDbAsync(db =>
        {
            var tag = new Tag(name);
            db.Tags.Add(tag);
            foreach (var contactId in contactIds)
            {
                db.ContactTags.Add(new ContactTag { ContactId = contactId, Tag = tag });
            }

            return Task.FromResult(tag);
        });

    public void Dispose() => client.Dispose();
}
