using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InfoInterviews.Web.Pages;

/// <summary>A readable page for a bare 4xx status (such as a record that does not exist), whatever the method.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code => Response.StatusCode;

    public string Title => Code switch
    {
        404 => "Not found",
        403 => "Not allowed",
        400 => "That request could not be understood",
        429 => "Too many attempts",
        _ => "Something went wrong",
    };
}
