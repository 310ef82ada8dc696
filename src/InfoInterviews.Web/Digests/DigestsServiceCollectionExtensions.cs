namespace InfoInterviews.Web.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>The morning digest: the service that sends each one when due, and the mail itself.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DigestOptions>(configuration.GetSection("Digest"));
        services.AddSingleton<DigestService>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestService>());
        services.AddScoped<DigestMail>();
        return services;
    }
}
