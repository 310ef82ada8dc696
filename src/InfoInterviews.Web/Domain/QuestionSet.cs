namespace InfoInterviews.Web.Domain;

/// <summary>A reusable, ordered list of questions to prepare an informational interview with.</summary>
public class QuestionSet : OwnedEntity
{
    public const int NameMaxLength = 120;

    public QuestionSet(string name, InterviewPurpose purpose)
    {
        Rename(name);
        Purpose = purpose;
    }

    public string Name { get; private set; } = string.Empty;

    public InterviewPurpose Purpose { get; set; }

    public string? Description { get; set; }

    public ICollection<Question> Questions { get; } = [];

    public IEnumerable<Question> Ordered => Questions.OrderBy(q => q.Position);

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("A question set needs a name.");
        }

        if (name.Trim().Length > NameMaxLength)
        {
            throw new DomainRuleException($"A question set's name has at most {NameMaxLength} characters.");
        }

        Name = name.Trim();
    }

    public Question Add(string text)
    {
        var question = new Question(this, Questions.Count == 0 ? 0 : Questions.Max(q => q.Position) + 1, text);
        Questions.Add(question);
        return question;
    }

    public void Remove(Question question)
    {
        Questions.Remove(question);
        QuestionOrder.Renumber(Ordered.ToList(), SetPosition);
    }

    /// <summary>Moves a question one place up (-1) or down (+1); at either end nothing moves.</summary>
    public void Move(Question question, int offset)
    {
        var ordered = Ordered.ToList();
        if (!ordered.Contains(question))
        {
            throw new DomainRuleException("That question is not in this set.");
        }

        QuestionOrder.Move(ordered, question, offset, SetPosition);
    }

    /// <summary>Puts the questions in the order given, which must hold each of this set's questions once.</summary>
    public void Arrange(IReadOnlyList<Question> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Count != Questions.Count || order.Distinct().Count() != order.Count || !order.All(Questions.Contains))
        {
            throw new DomainRuleException("The new order must hold each of the set's questions once.");
        }

        QuestionOrder.Renumber(order, SetPosition);
    }

    /// <summary>The name a copy is given: this name with "(copy)", shortened to fit.</summary>
    public string CopyName()
    {
        const string suffix = " (copy)";
        var stem = Name.Length + suffix.Length > NameMaxLength ? Name[..(NameMaxLength - suffix.Length)].TrimEnd() : Name;
        return stem + suffix;
    }

    public QuestionSet Duplicate(string name)
    {
        var copy = new QuestionSet(name, Purpose) { Description = Description };
        foreach (var question in Ordered)
        {
            copy.Add(question.Text);
        }

        return copy;
    }

    private static void SetPosition(Question question, int position) => question.Position = position;
}

public class Question : OwnedEntity
{
    public const int TextMaxLength = 500;

    private Question()
    {
    }

    internal Question(QuestionSet set, int position, string text)
    {
        QuestionSet = set;
        Position = position;
        Reword(text);
    }

    public int QuestionSetId { get; private set; }

    public QuestionSet? QuestionSet { get; private set; }

    public int Position { get; internal set; }

    public string Text { get; private set; } = string.Empty;

    public void Reword(string text)
    {
        Text = QuestionText.Validate(text, TextMaxLength);
    }
}

/// <summary>The rule every question's wording follows, in a set or on an interview.</summary>
public static class QuestionText
{
    public static string Validate(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException("A question needs some text.");
        }

        var trimmed = text.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainRuleException($"A question has at most {maxLength} characters.");
    }

    /// <summary>What makes two wordings the same question: case and runs of white space do not count.</summary>
    public static string Key(string text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
