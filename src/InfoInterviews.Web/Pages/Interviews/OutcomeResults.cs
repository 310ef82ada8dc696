namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>How the four results an informational interview can bring are named wherever they are shown.</summary>
public static class OutcomeResults
{
    public const string UnadvertisedOpportunity = "Learned of an opportunity that is not advertised";
    public const string OnTheRadar = "Got on the radar of someone who matters";
    public const string InsightForApplications = "Gained insight for my resume or interviews";
    public const string Referral = "Was referred, or offered a referral";
}
