using InfoInterviews.Web.Data;

namespace InfoInterviews.Web.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceVersion>();
        services.AddSingleton<DashboardCache>();
        services.AddScoped<DashboardQuery>();
        return services;
    }
}
