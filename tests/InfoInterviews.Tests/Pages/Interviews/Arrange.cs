using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Interviews;

/// <summary>
/// Signs a user in and arranges their contacts and interviews for tests that hold the user's id:
/// the arranging itself is <see cref="Network"/>'s.
/// </summary>
internal static class Arrange
{
    public static Task<string> SignUpAsync(this AppClient client, AppFactory factory, string timeZone = "UTC") =>
        factory.SignInNewUserAsync(client, timeZone);

    public static string Unique(string stem) => Network.Unique(stem);

    public static async Task<int> ContactAsync(AppFactory factory, string userId, string firstName, string? lastName = null) =>
        (await Network.Of(factory, userId).AddContactAsync(firstName, lastName)).Id;

    /// <summary>A new interview with a new contact, walked along allowed moves to <paramref name="status"/>.</summary>
    public static async Task<(int InterviewId, int ContactId)> InterviewAsync(AppFactory factory, string userId, string contactName, InterviewStatus status = InterviewStatus.Planned)
    {
        var interview = await Network.Of(factory, userId).AddInterviewAsync(contactName, status);
        return (interview.Id, interview.ContactId!.Value);
    }

    public static Task AddQuestionsAsync(AppFactory factory, string userId, int interviewId, params string[] texts) =>
        Network.Of(factory, userId).AddQuestionsAsync(interviewId, texts);

    public static Task<InterviewRequest> LoadInterviewAsync(AppFactory factory, string userId, int interviewId) =>
        Network.Of(factory, userId).LoadInterviewAsync(interviewId);

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
