using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Interviews;

/// <summary>Signs a user up and arranges their contacts and interviews straight in the database.</summary>
internal static class Arrange
{
    public static async Task<string> SignUpAsync(this AppClient client, AppFactory factory, string timeZone = "UTC")
    {
        var user = await client.SignUpAndSignInAsync(timeZone);
        return await factory.FindUserIdAsync(user.Email);
    }

    public static string Unique(string stem) => $"{stem}{Guid.NewGuid():N}"[..(stem.Length + 8)];

    public static async Task<int> ContactAsync(AppFactory factory, string userId, string firstName, string? lastName = null)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var contact = new Contact(firstName, lastName, factory.Clock.GetUtcNow().UtcDateTime);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        }
    }

    /// <summary>A new interview with a new contact, walked along allowed moves to <paramref name="status"/>.</summary>
    public static async Task<(int InterviewId, int ContactId)> InterviewAsync(AppFactory factory, string userId, string contactName, InterviewStatus status = InterviewStatus.Planned)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var contact = new Contact(contactName, null, now);
            var interview = new InterviewRequest(contact, InterviewPurpose.Job, "How the team works", AskChannel.Email, now);
            db.InterviewRequests.Add(interview);
            await db.SaveChangesAsync();

            // Moves log touches linked to the interview, so it is saved first.
            InfoInterviews.Tests.Domain.Interviews.Walk(interview, status, now);
            await db.SaveChangesAsync();
            return (interview.Id, contact.Id);
        }
    }

    public static async Task AddQuestionsAsync(AppFactory factory, string userId, int interviewId, params string[] texts)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var interview = await db.InterviewRequests.FindAsync(interviewId) ?? throw new InvalidOperationException("No such interview.");
            await db.Entry(interview).Collection(i => i.Questions).LoadAsync();
            interview.AddQuestions(texts);
            await db.SaveChangesAsync();
        }
    }

    public static async Task<InterviewRequest> LoadInterviewAsync(AppFactory factory, string userId, int interviewId)
    {
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            return await db.InterviewRequests.AsNoTracking()
                .Include(r => r.History)
                .Include(r => r.Questions)
                .SingleAsync(r => r.Id == interviewId);
        }
    }

    /// <summary>
    /// Moves the fake clock on to the next whole second and returns that time, which both databases
    /// store exactly (PostgreSQL keeps microseconds, not ticks).
    /// </summary>
    public static DateTime ClockToWholeSecond(AppFactory factory)
    {
        var now = factory.Clock.GetUtcNow();
        factory.Clock.SetUtcNow(now.AddTicks(TimeSpan.TicksPerSecond - (now.Ticks % TimeSpan.TicksPerSecond)));
        return factory.Clock.GetUtcNow().UtcDateTime;
    }

    public static int IdFrom(HttpResponseMessage redirect, string prefix = "/Interviews/")
    {
        var location = redirect.Headers.Location?.OriginalString ?? throw new InvalidOperationException("Not a redirect.");
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return int.Parse(location[prefix.Length..].Split('/', '?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
