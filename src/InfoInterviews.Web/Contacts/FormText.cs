namespace InfoInterviews.Web.Contacts;

/// <summary>Text typed in a form as it is kept: trimmed, runs of spaces made one, and null when blank.</summary>
public static class FormText
{
    public static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
