using System.Security.Claims;

namespace InfoInterviews.Web.Data;

/// <summary>
/// The signed-in user of the current request. Work done for a user outside their own request (a new
/// account's starter data, a background job) names the user with <see cref="ActAs"/>.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private string? actingAs;

    public string? Id => actingAs ?? accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public void ActAs(string userId) => actingAs = userId;
}
