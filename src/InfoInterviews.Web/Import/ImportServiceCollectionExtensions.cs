namespace InfoInterviews.Web.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>What the import pages share.</summary>
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<ContactImport>();
        return services;
    }
}
