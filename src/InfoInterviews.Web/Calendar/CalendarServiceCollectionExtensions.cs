using System.Threading.RateLimiting;
using InfoInterviews.Web.Hosting;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>Interview events for calendars, and the private feed limited per token.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddScoped<InterviewEvents>();
        services.AddScoped<CalendarFeed>();

        // Per token rather than per address: Google fetches every subscriber's feed from a few addresses of
        // its own, and a token of 256 random bits is not worth guessing at any rate.
        services.AddRateLimiter(limiter => limiter.AddPolicy(CalendarFeed.RateLimitPolicy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                $"{CalendarFeed.RateLimitPolicy}|{context.GetRouteValue("token")}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.CalendarFeedPerToken, Window = options.CalendarFeedWindow, QueueLimit = 0 });
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Calendar apps send no cookie: the token in the address is the only credential.
        app.MapGet("/calendar/{token}.ics", (string token, HttpContext context, CalendarFeed feed) => feed.ServeAsync(token, context))
            .WithName(CalendarFeed.EndpointName)
            .AllowAnonymous()
            .RequireRateLimiting(CalendarFeed.RateLimitPolicy);
        return app;
    }
}
