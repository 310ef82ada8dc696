namespace InfoInterviews.Web.Wording;

/// <summary>A count with its noun, singular or plural as English wants it: "1 question", "3 questions".</summary>
public static class Counted
{
    public static string Of(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
