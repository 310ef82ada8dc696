namespace InfoInterviews.Web.Domain;

/// <summary>
/// A company on the user's target list. Motivation and Posting are the user's LAMP scores; Advocacy
/// is never stored: it is the number of the user's contacts at the company.
/// </summary>
public class Company : OwnedEntity, INamedByKey
{
    public const int NameMaxLength = 200;
    public const int WebsiteMaxLength = 500;
    public const int IndustryMaxLength = 100;
    public const int LocationMaxLength = 200;
    public const int NotesMaxLength = 20_000;
    public const int MaxScore = 3;

    public Company(string name, DateTime createdUtc)
    {
        Rename(name);
        CreatedUtc = createdUtc;
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name as <see cref="SearchKey"/> folds it: one company per key and owner.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public string? Website { get; set; }

    public string? Industry { get; set; }

    public string? Location { get; set; }

    /// <summary>Markdown.</summary>
    public string? Notes { get; private set; }

    /// <summary>The notes rendered, kept with them by <see cref="WriteNotes"/>.</summary>
    public string? NotesHtml { get; private set; }

    public int Motivation { get; private set; }

    public int Posting { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public ICollection<Contact> Contacts { get; } = [];

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("A company needs a name.");
        }

        Name = name.Trim();
        NameKey = SearchKey.Fold(Name);
    }

    public void WriteNotes(RenderedMarkdown? notes)
    {
        Notes = notes?.Markdown;
        NotesHtml = notes?.Html;
    }

    public void Score(int motivation, int posting)
    {
        if (motivation is < 0 or > MaxScore || posting is < 0 or > MaxScore)
        {
            throw new DomainRuleException($"Motivation and posting are scored from 0 to {MaxScore}.");
        }

        Motivation = motivation;
        Posting = posting;
    }
}
