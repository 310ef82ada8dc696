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
                $"{CalendarFeed.RateLimitPolicy}|{context.Request.Query[CalendarFeed.TokenParameter]}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.CalendarFeedPerToken, Window = options.CalendarFeedWindow, QueueLimit = 0 });
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Calendar apps send no cookie: the token in the address is the only credential. It is in the
        // query, not the path, because request logs and the rate limiter's log record the path alone.
        app.MapGet("/calendar/feed.ics", (HttpContext context, CalendarFeed feed) => feed.ServeAsync(context.Request.Query[CalendarFeed.TokenParameter].ToString(), context))
            .WithName(CalendarFeed.EndpointName)
            .AllowAnonymous()
            .RequireRateLimiting(CalendarFeed.RateLimitPolicy);
        return app;
    }
}
