using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Outreach;

/// <summary>How the user knows a contact, as the words that open a message to them.</summary>
public static class ConnectionPhrase
{
    /// <summary>
    /// What the user wrote on the contact; when they wrote nothing, a phrase made from who introduced
    /// them or where the contact came from, so that <c>{Connection}</c> always says something true.
    /// </summary>
    public static string For(string? connection, string? introducerName, ContactSource source)
    {
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return connection.Trim();
        }

        if (!string.IsNullOrWhiteSpace(introducerName))
        {
            return $"{introducerName.Trim()} suggested I get in touch with you";
        }

        return source switch
        {
            ContactSource.Alumni => "I found you through our alumni network",
            ContactSource.Introduced => "A mutual contact suggested I get in touch with you",
            ContactSource.Event => "We met at a recent event",
            ContactSource.OnlineCommunity => "I came across you in an online community we share",
            ContactSource.ExistingNetwork => "We have been in touch before",
            _ => "I came across your work",
        };
    }
}
