using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Hosting;

/// <summary>The <c>RateLimits</c> section: how often one address and one account may use the forms that guess, mail or render.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Posts to each account form (sign-in, sign-up, password and confirmation mail) from one network address per window.</summary>
    public int AccountFormsPerAddress { get; set; } = 20;

    /// <summary>Posts to each account form naming one email address per window, from wherever they come.</summary>
    public int AccountFormsPerAccount { get; set; } = 5;

    public TimeSpan AccountFormsWindow { get; set; } = TimeSpan.FromMinutes(5);

    public int PreviewsPerAddress { get; set; } = 120;

    public int PreviewsPerUser { get; set; } = 60;

    public TimeSpan PreviewsWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests for one calendar feed per window, more than any calendar app refreshing on its own makes.</summary>
    public int CalendarFeedPerToken { get; set; } = 60;

    public TimeSpan CalendarFeedWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Messages to one email address per hour; the rest are dropped, so no form can be used to flood an inbox.</summary>
    public int MailsPerAddressPerHour { get; set; } = 3;
}

/// <summary>
/// Limits the forms an outsider can abuse, each by network address and by the account it names: the
/// account pages by the posted email, the Markdown preview by the signed-in user. Limits attach to the
/// pages by route, so the pages themselves stay as Identity and their authors wrote them.
/// </summary>
public static partial class RateLimits
{
    private const string EmailField = "Input.Email";

    private static readonly string[] AccountPages =
        ["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResendEmailConfirmation"];

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.Configure<RazorPagesOptions>(pages =>
        {
            foreach (var page in AccountPages)
            {
                pages.Conventions.AddAreaPageApplicationModelConvention("Identity", page, model =>
                    model.EndpointMetadata.Add(new LimitedForm(page, IsAccountForm: true)));
            }

            pages.Conventions.AddPageApplicationModelConvention("/Markdown/Preview", model =>
                model.EndpointMetadata.Add(new LimitedForm("/Markdown/Preview", IsAccountForm: false)));
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, byAccount: false)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, byAccount: true)));
            limiter.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.AccountFormsWindow;
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                LogRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits)), context.Request.Path);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Goes after authentication (the preview is limited per user) and before the pages.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
            {
                // The partition is chosen synchronously, so the posted email is read here, once; model
                // binding and antiforgery reuse the form already read.
                if (HttpMethods.IsPost(context.Request.Method)
                    && context.GetEndpoint()?.Metadata.GetMetadata<LimitedForm>() is { IsAccountForm: true }
                    && context.Request.HasFormContentType)
                {
                    try
                    {
                        await context.Request.ReadFormAsync(context.RequestAborted);
                    }
                    catch (InvalidDataException)
                    {
                        context.Response.StatusCode = StatusCodes.Status400BadRequest;
                        return;
                    }
                }

                await next(context);
            })
            .UseRateLimiter();

    private static RateLimitPartition<string> Partition(HttpContext context, bool byAccount)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<LimitedForm>() is not { } form)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var key = byAccount ? AccountOf(context, form) : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (string.IsNullOrEmpty(key))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var (limit, window) = (form.IsAccountForm, byAccount) switch
        {
            (true, false) => (options.AccountFormsPerAddress, options.AccountFormsWindow),
            (true, true) => (options.AccountFormsPerAccount, options.AccountFormsWindow),
            (false, false) => (options.PreviewsPerAddress, options.PreviewsWindow),
            (false, true) => (options.PreviewsPerUser, options.PreviewsWindow),
        };
        return RateLimitPartition.GetFixedWindowLimiter(
            $"{form.Page}|{(byAccount ? "account" : "address")}|{key}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 });
    }

    private static string? AccountOf(HttpContext context, LimitedForm form) =>
        form.IsAccountForm
            ? (context.Request.HasFormContentType ? context.Request.Form[EmailField].ToString().Trim().ToUpperInvariant() : null)
            : context.User.FindFirstValue(ClaimTypes.NameIdentifier);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Too many requests to {Path}: refused")]
    private static partial void LogRejected(ILogger logger, PathString path);

    /// <summary>Marks a page whose posts are limited; an account form is also limited per posted email.</summary>
    private sealed record LimitedForm(string Page, bool IsAccountForm);
}
