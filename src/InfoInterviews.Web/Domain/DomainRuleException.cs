namespace InfoInterviews.Web.Domain;

/// <summary>Raised when an action would break a rule of the domain; its message is fit to show the user.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException()
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
