namespace InfoInterviews.Web.Data;

/// <summary>Raised when a save would create a row without an owner, or link rows of two owners.</summary>
public sealed class OwnershipException : InvalidOperationException
{
    public OwnershipException(string message)
        : base(message)
    {
    }

    public OwnershipException()
    {
    }

    public OwnershipException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
