using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Opportunities;

/// <summary>Reads opportunities back for the tests of the opportunity pages.</summary>
internal static class Arrange
{
    /// <summary>A completed interview with a contact at <paramref name="company"/>, whose outcome says what it brought.</summary>
    public static async Task<InterviewRequest> CompletedInterviewAsync(this Network network, string contactName, string? company, bool learnedOfUnadvertised, bool wasReferred)
    {
        var interview = await network.AddInterviewAsync(contactName, InterviewStatus.Completed);
        await network.WithDbAsync(async db =>
        {
            var tracked = await db.InterviewRequests.SingleAsync(r => r.Id == interview.Id);
            if (company is not null)
            {
                tracked.Company = new Company(company, network.Now);
                (await db.Contacts.SingleAsync(c => c.Id == tracked.ContactId)).Company = tracked.Company;
            }

            tracked.RecordOutcome(new InterviewOutcome(null, null, null, null, 4, learnedOfUnadvertised, false, false, wasReferred));
            return tracked;
        });
        return interview;
    }

    public static Task<Opportunity> LoadOpportunityAsync(this Network network, int id) =>
        network.WithDbAsync(db => db.Opportunities.AsNoTracking().Include(o => o.Company).SingleAsync(o => o.Id == id));

    public static Task<List<Opportunity>> OpportunitiesAsync(this Network network) =>
        network.WithDbAsync(db => db.Opportunities.AsNoTracking().Include(o => o.Company).OrderBy(o => o.Id).ToListAsync());
}
