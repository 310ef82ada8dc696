using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Data;

public abstract class SearchKeyBackfillTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Provisional_keys_from_the_migration_are_replaced_by_folded_names_and_namesakes_kept_apart()
    {
        using var network = await Network.SignInAsync(factory);
        var first = await network.AddCompanyAsync("École");
        var second = await network.AddCompanyAsync("Placeholder");
        var tag = await network.AddTagAsync("ЯНДЕКС");
        var contact = await network.AddContactAsync("Émile", "Zola");
        var interviewId = await network.WithDbAsync(async db =>
        {
            var interview = new InfoInterviews.Web.Domain.InterviewRequest(
                await db.Contacts.SingleAsync(c => c.Id == contact.Id), InfoInterviews.Web.Domain.InterviewPurpose.Career, null, InfoInterviews.Web.Domain.AskChannel.Email, network.Now);
            db.InterviewRequests.Add(interview);
            await db.SaveChangesAsync();
            return interview.Id;
        });

        // As the migration leaves rows saved before the keys existed; two older companies may fold alike.
        await network.WithDbAsync(async db =>
        {
            await db.Companies.Where(c => c.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NameKey, " " + first.Id));
            await db.Companies.Where(c => c.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NameKey, " " + second.Id).SetProperty(c => c.Name, "Ecole"));
            await db.Tags.Where(t => t.Id == tag.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.NameKey, " " + tag.Id));
            await db.InterviewRequests.Where(r => r.Id == interviewId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ContactNameKey, " " + interviewId));
            return await db.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SearchKey, " " + contact.Id));
        });

        await network.WithDbAsync(async db =>
        {
            await SearchKeyBackfill.RunAsync(db);
            return 0;
        });

        var companies = await network.WithDbAsync(db => db.Companies.OrderBy(c => c.Id).Select(c => c.NameKey).ToListAsync());
        Assert.Equal(["ecole", $"ecole #{second.Id}"], companies);
        Assert.Equal("яндекс", await network.WithDbAsync(db => db.Tags.Select(t => t.NameKey).SingleAsync()));
        Assert.Equal("emile zola", await network.WithDbAsync(db => db.Contacts.Select(c => c.SearchKey).SingleAsync()));
        Assert.Equal("emile zola", await network.WithDbAsync(db => db.InterviewRequests.Select(r => r.ContactNameKey).SingleAsync()));
    }
}

public sealed class SearchKeyBackfillTestsOnSqlite(SqliteAppFactory factory) : SearchKeyBackfillTests<SqliteAppFactory>(factory);

public sealed class SearchKeyBackfillTestsOnPostgres(PostgresAppFactory factory) : SearchKeyBackfillTests<PostgresAppFactory>(factory);
