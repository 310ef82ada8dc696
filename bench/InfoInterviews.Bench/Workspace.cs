using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;

namespace InfoInterviews.Bench;

/// <summary>A large, plausible workspace: contacts spread over companies and tags, with touches and interviews.</summary>
internal sealed record Workspace(int Companies, int Tags, int Interviews, int FirstCompanyId, int FirstTagId, int FirstContactId)
{
    private const int Batch = 5_000;

    private static readonly RenderedMarkdown Note = RenderedMarkdown.Of("Met at the spring meetup; ask about the data team.", new MarkdownRenderer())!;

    public static async Task<Workspace> SeedAsync(AppFactory factory, string userId, int contactCount)
    {
        var random = new Random(42);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var companyCount = Math.Max(1, contactCount / 50);
        var companyIds = new List<int>();
        var tagIds = new List<int>();

        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var companies = Enumerable.Range(0, companyCount)
                .Select(i => new Company(i == 0 ? "Northwind Analytics" : $"Company {i:D5}", now))
                .ToList();
            foreach (var company in companies)
            {
                company.Score(random.Next(4), random.Next(4));
            }

            var tags = Enumerable.Range(0, 40).Select(i => new Tag($"tag-{i:D2}")).ToList();
            db.AddRange(companies);
            db.AddRange(tags);
            await db.SaveChangesAsync();
            companyIds.AddRange(companies.Select(c => c.Id));
            tagIds.AddRange(tags.Select(t => t.Id));
        }

        var firstContactId = 0;
        var interviews = 0;
        for (var start = 0; start < contactCount; start += Batch)
        {
            (scope, db) = factory.CreateDbContextFor(userId);
            await using (scope)
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var batch = new List<Contact>();
                for (var i = start; i < Math.Min(contactCount, start + Batch); i++)
                {
                    var contact = new Contact($"First{i}", $"Last{random.Next(100_000):D5}", now.AddDays(-random.Next(1_000)))
                    {
                        CompanyId = companyIds[random.Next(companyIds.Count)],
                        Role = random.Next(3) == 0 ? "Engineering manager" : "Analyst",
                        // One contact in a hundred shares the previous one's email, so the duplicates page has groups to find.
                        Email = $"person{(i % 100 == 1 ? i - 1 : i)}@example.test",
                    };
                    contact.WriteNotes(i % 10 == 0 ? Note : null);
                    contact.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, now.AddDays(-random.Next(400)), "Hello");
                    contact.SetNextFollowUp(random.Next(4) == 0 ? now.AddDays(random.Next(60)) : null);
                    contact.Tags.Add(new ContactTag { Contact = contact, TagId = tagIds[random.Next(tagIds.Count)] });
                    if (i % 20 == 0)
                    {
                        db.Add(new InterviewRequest(contact, InterviewPurpose.Career, "How did you get started?", AskChannel.Email, now.AddDays(-random.Next(200))));
                        interviews++;
                    }

                    batch.Add(contact);
                }

                db.AddRange(batch);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                firstContactId = firstContactId == 0 ? batch[0].Id : firstContactId;
            }
        }

        return new Workspace(companyCount, tagIds.Count, interviews, companyIds[0], tagIds[0], firstContactId);
    }
}
