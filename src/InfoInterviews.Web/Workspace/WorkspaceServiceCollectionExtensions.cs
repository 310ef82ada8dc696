using InfoInterviews.Web.SampleData;

namespace InfoInterviews.Web.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>What a new account is given when it is created, and the sample data it may load.</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceSeeder>();
        services.AddScoped<SampleWorkspace>();
        return services;
    }
}
