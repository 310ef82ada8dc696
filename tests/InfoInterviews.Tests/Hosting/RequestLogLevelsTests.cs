using InfoInterviews.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace InfoInterviews.Tests.Hosting;

public sealed class RequestLogLevelsTests
{
    [Fact]
    public void A_request_its_client_abandoned_is_not_logged_as_an_error()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(context, 12, new TaskCanceledException()));
    }

    [Fact]
    public void A_cancellation_while_the_client_still_waits_is_an_error()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 12, new TaskCanceledException()));
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    public void A_finished_request_is_logged_by_its_status(int status, LogEventLevel level)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;

        Assert.Equal(level, RequestLogLevels.For(context, 12, null));
    }

    [Fact]
    public void A_request_that_threw_is_an_error()
    {
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(new DefaultHttpContext(), 12, new InvalidOperationException()));
    }
}
