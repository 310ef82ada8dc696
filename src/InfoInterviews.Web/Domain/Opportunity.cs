namespace InfoInterviews.Web.Domain;

/// <summary>A job or opening the user heard of, advertised or not, and where it came from.</summary>
public class Opportunity : OwnedEntity
{
    public const int TitleMaxLength = 200;

    public Opportunity(string title, bool wasAdvertised, DateTime createdUtc)
    {
        Retitle(title);
        WasAdvertised = wasAdvertised;
        CreatedUtc = createdUtc;
    }

    public string Title { get; private set; } = string.Empty;

    public bool WasAdvertised { get; set; }

    public OpportunityStatus Status { get; set; } = OpportunityStatus.Heard;

    public string? Url { get; set; }

    public string? Notes { get; set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    /// <summary>The contact the user heard of it from.</summary>
    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    public int? InterviewRequestId { get; set; }

    public InterviewRequest? InterviewRequest { get; set; }

    public DateTime CreatedUtc { get; private set; }

    public void Retitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("An opportunity needs a title.");
        }

        Title = title.Trim();
    }
}
