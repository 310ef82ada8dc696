namespace InfoInterviews.Web.Domain;

/// <summary>
/// A reusable message for asking someone for an informational interview or following up, with merge
/// fields such as <c>{FirstName}</c> filled in for one contact when it is written to them.
/// </summary>
public class OutreachTemplate : OwnedEntity
{
    public const int NameMaxLength = 120;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 5_000;

    public OutreachTemplate(string name, OutreachStep step, string? subject, string body)
    {
        Rewrite(name, step, subject, body);
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The step of the outreach the template is written for, which picks it for a contact by default.</summary>
    public OutreachStep Step { get; private set; }

    public string? Subject { get; private set; }

    public string Body { get; private set; } = string.Empty;

    public void Rewrite(string name, OutreachStep step, string? subject, string body)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(body))
        {
            throw new DomainRuleException("A template needs a name and a body.");
        }

        var trimmedSubject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
        if (name.Trim().Length > NameMaxLength || trimmedSubject?.Length > SubjectMaxLength || body.Trim().Length > BodyMaxLength)
        {
            throw new DomainRuleException(
                $"A template has a name of at most {NameMaxLength} characters, a subject of at most {SubjectMaxLength} and a body of at most {BodyMaxLength}.");
        }

        Name = name.Trim();
        Step = step;
        Subject = trimmedSubject;
        Body = body.Trim();
    }
}
