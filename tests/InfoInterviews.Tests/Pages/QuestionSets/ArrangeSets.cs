using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.QuestionSets;

/// <summary>Arranges question sets for tests that hold the user's id, and reads them back: the arranging itself is <see cref="Network"/>'s.</summary>
internal static class ArrangeSets
{
    public static async Task<int> SetAsync(AppFactory factory, string userId, string name, params string[] questions) =>
        (await Network.Of(factory, userId).AddQuestionSetAsync(name, questions)).Id;

    public static Task<QuestionSet?> FindAsync(AppFactory factory, string userId, int id) =>
        Network.Of(factory, userId).FindQuestionSetAsync(id);

    public static string[] Texts(QuestionSet set) => set.Ordered.Select(q => q.Text).ToArray();
}
