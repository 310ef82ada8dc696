namespace InfoInterviews.Web.Hosting;

/// <summary>
/// Where a published build finds its settings and its static files. ASP.NET Core takes the current
/// directory as the content root, so a published build started from any other folder (a service unit
/// without a working directory, <c>dotnet /srv/app/InfoInterviews.Web.dll</c>) read no
/// <c>appsettings.json</c>, and its static-asset endpoints, known from the build's manifest, answered
/// every stylesheet and script with an empty 200 because no <c>wwwroot</c> was there to read them from.
/// </summary>
public static class ContentRoot
{
    private const string Key = "contentRoot";

    /// <summary>
    /// The folder the app was published to, when it was started from a published build (its folder holds
    /// <c>wwwroot</c>) and no content root was given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>,
    /// <c>DOTNET_CONTENTROOT</c>); otherwise null, for the usual default. A build run by <c>dotnet run</c>
    /// keeps the project folder, and its <c>data/</c>, as before: its output has no <c>wwwroot</c>.
    /// </summary>
    public static string? OfPublishedApp(string[] args, string? appDirectory = null)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[Key];
        if (!string.IsNullOrEmpty(given))
        {
            return null;
        }

        appDirectory ??= AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(appDirectory, "wwwroot")) ? appDirectory : null;
    }
}
