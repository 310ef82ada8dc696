namespace InfoInterviews.Web.Opportunities;

public static class OpportunitiesServiceCollectionExtensions
{
    /// <summary>What the opportunity pages share.</summary>
    public static IServiceCollection AddOpportunities(this IServiceCollection services)
    {
        services.AddScoped<OpportunityEditor>();
        return services;
    }
}
