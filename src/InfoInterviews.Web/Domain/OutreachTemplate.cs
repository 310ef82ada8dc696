namespace InfoInterviews.Web.Domain;

/// <summary>A reusable message for asking someone for an informational interview or following up.</summary>
public class OutreachTemplate : OwnedEntity
{
    public const int NameMaxLength = 120;

    public OutreachTemplate(string name, string body)
    {
        Rewrite(name, body);
    }

    public string Name { get; private set; } = string.Empty;

    public AskChannel Channel { get; set; } = AskChannel.Email;

    public InterviewPurpose? Purpose { get; set; }

    public string? Subject { get; set; }

    public string Body { get; private set; } = string.Empty;

    public void Rewrite(string name, string body)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(body))
        {
            throw new DomainRuleException("A template needs a name and a body.");
        }

        Name = name.Trim();
        Body = body;
    }
}
