namespace InfoInterviews.Web.Domain;

/// <summary>The ordering rule shared by a set's questions and an interview's questions.</summary>
public static class QuestionOrder
{
    /// <summary>Moves an item one place up (-1) or down (+1) in an ordered list; at either end nothing moves.</summary>
    public static void Move<T>(List<T> ordered, T item, int offset, Action<T, int> setPosition)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var from = ordered.IndexOf(item);
        if (from < 0)
        {
            throw new DomainRuleException("That question is not in this list.");
        }

        var to = Math.Clamp(from + offset, 0, ordered.Count - 1);
        ordered.RemoveAt(from);
        ordered.Insert(to, item);
        Renumber(ordered, setPosition);
    }

    /// <summary>Numbers the items 0, 1, 2… in the order given.</summary>
    public static void Renumber<T>(IReadOnlyList<T> ordered, Action<T, int> setPosition)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(setPosition);
        for (var i = 0; i < ordered.Count; i++)
        {
            setPosition(ordered[i], i);
        }
    }
}
