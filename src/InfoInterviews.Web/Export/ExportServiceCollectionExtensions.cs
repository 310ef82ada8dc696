namespace InfoInterviews.Web.Export;

public static class ExportServiceCollectionExtensions
{
    public static IServiceCollection AddExport(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceDocument>();
        services.AddScoped<CsvExports>();
        services.AddScoped<WorkspaceRestore>();
        return services;
    }
}
