using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Tests.Pages.Contacts;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Data;

public abstract class RenderedNotesBackfillTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Notes_saved_before_their_html_was_stored_are_rendered_and_shown()
    {
        using var network = await Network.SignInAsync(factory);
        var company = await network.AddCompanyAsync(Network.Unique("Acme"));
        var contact = await network.AddContactAsync("Grace", "Hopper");
        var opportunity = await network.AddOpportunityAsync("Compiler work");
        var interviewId = await network.WithDbAsync(async db =>
        {
            var tracked = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            var interview = new InterviewRequest(tracked, InterviewPurpose.Career, null, AskChannel.Email, network.Now);
            db.InterviewRequests.Add(interview);
            await db.SaveChangesAsync();
            return interview.Id;
        });

        // As the migration leaves rows saved before the HTML was stored: Markdown, and no HTML.
        await network.WithDbAsync(async db =>
        {
            await db.Companies.Where(c => c.Id == company.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, "**Company** notes"));
            await db.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, "**Contact** notes"));
            await db.Opportunities.Where(o => o.Id == opportunity.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Notes, "**Opportunity** notes"));
            return await db.InterviewRequests.Where(r => r.Id == interviewId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Notes, "# Interview notes"));
        });

        await network.WithDbAsync(async db =>
        {
            await RenderedNotesBackfill.RunAsync(db, new MarkdownRenderer());
            return 0;
        });

        Assert.Equal("Company", (await network.Client.GetPageAsync($"/Companies/{company.Id}")).Find(".markdown strong").TextContent);
        Assert.Equal("Contact", (await network.Client.GetPageAsync($"/Contacts/{contact.Id}")).Find(".markdown strong").TextContent);
        Assert.Equal("Opportunity", (await network.Client.GetPageAsync($"/Opportunities/{opportunity.Id}")).Find(".markdown strong").TextContent);
        Assert.Equal("Interview notes", (await network.Client.GetPageAsync($"/Interviews/{interviewId}")).Find("#notes h3").TextContent);
    }
}

public sealed class RenderedNotesBackfillTestsOnSqlite(SqliteAppFactory factory) : RenderedNotesBackfillTests<SqliteAppFactory>(factory);

public sealed class RenderedNotesBackfillTestsOnPostgres(PostgresAppFactory factory) : RenderedNotesBackfillTests<PostgresAppFactory>(factory);
