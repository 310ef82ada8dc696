using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace InfoInterviews.Web.Export;

/// <summary>
/// A file written straight to the response as it is read from the database, so that exporting a large
/// workspace holds one row in memory at a time rather than the whole file.
/// </summary>
public sealed class DownloadResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
