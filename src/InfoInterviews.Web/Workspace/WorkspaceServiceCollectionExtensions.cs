namespace InfoInterviews.Web.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>What a new account is given when it is created.</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceSeeder>();
        return services;
    }
}
