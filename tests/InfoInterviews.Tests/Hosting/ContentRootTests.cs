using InfoInterviews.Web.Hosting;

namespace InfoInterviews.Tests.Hosting;

/// <summary>
/// Which folder a build takes its settings and static files from. A published build started from another
/// folder once served every stylesheet and script empty; <c>deploy/check-published.sh</c> checks the real thing.
/// </summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string appDirectory = Directory.CreateTempSubdirectory("infointerviews-app-").FullName;

    public void Dispose() => Directory.Delete(appDirectory, recursive: true);

    [Fact]
    public void A_published_build_takes_its_own_folder_whatever_the_current_directory()
    {
        Directory.CreateDirectory(Path.Combine(appDirectory, "wwwroot"));

        Assert.Equal(appDirectory, ContentRoot.OfPublishedApp([], appDirectory));
    }

    [Fact]
    public void A_content_root_given_on_the_command_line_is_kept()
    {
        Directory.CreateDirectory(Path.Combine(appDirectory, "wwwroot"));

        Assert.Null(ContentRoot.OfPublishedApp(["--contentRoot", "/srv/elsewhere"], appDirectory));
    }

    [Fact]
    public void A_build_run_from_its_project_keeps_the_current_directory()
    {
        Assert.Null(ContentRoot.OfPublishedApp([], appDirectory));
    }
}
