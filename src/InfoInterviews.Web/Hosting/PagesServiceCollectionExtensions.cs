using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using Serilog;

namespace InfoInterviews.Web.Hosting;

public static class PagesServiceCollectionExtensions
{
    /// <summary>Razor Pages, with sign-in required everywhere but the landing and error pages.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/StatusCode");
        });
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        return services;
    }

    public static WebApplication UsePages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHstsWhereHttps();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevels.For);
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimits();
        app.UseAuthorization();

        app.MapHealthChecks($"{TransportServiceCollectionExtensions.HealthPaths}/live", new() { Predicate = _ => false });
        app.MapHealthChecks($"{TransportServiceCollectionExtensions.HealthPaths}/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
