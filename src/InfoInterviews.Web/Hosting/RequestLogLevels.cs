using Serilog.Events;

namespace InfoInterviews.Web.Hosting;

/// <summary>
/// The level each finished request is logged at. A request whose client went away (a closed tab, a load
/// generator stopping) ends with the cancellation its queries observed; the middleware would log it as a
/// 500 error, though nothing failed and nobody saw a response, so it is logged as information.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return LogEventLevel.Information;
        }

        return exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}
