namespace InfoInterviews.Web.Accounts;

public static class AppClaimTypes
{
    public const string DisplayName = "infointerviews:display_name";
    public const string TimeZone = "infointerviews:time_zone";
    public const string Session = "infointerviews:session";
}
