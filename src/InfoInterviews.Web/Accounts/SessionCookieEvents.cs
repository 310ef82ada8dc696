using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Ties each sign-in cookie to a server-side session and checks that it still exists on every request
/// (one lookup by key): the cookie of a browser that signed out, was signed out by a password, two-factor or email change or
/// by "sign out everywhere", or whose account was deleted is refused at once, and its holder is sent to
/// sign in. Identity's periodic security stamp check still runs after it, at its usual interval.
/// </summary>
public sealed class SessionCookieEvents(UserSessions sessions, IOptions<IdentityOptions> identity) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is ClaimsIdentity signingIn && UserIdOf(signingIn) is { } userId)
        {
            // A refreshed sign-in (new claims after a settings or password change on this browser)
            // keeps this browser's session; a new sign-in starts one.
            var current = context.HttpContext.User;
            var sessionId = UserIdOf(current) == userId ? current.FindFirstValue(AppClaimTypes.Session) : null;
            signingIn.AddClaim(new Claim(AppClaimTypes.Session, sessionId ?? await sessions.StartAsync(userId)));
        }

        await base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var userId = principal is null ? null : UserIdOf(principal);
        var sessionId = principal?.FindFirstValue(AppClaimTypes.Session);
        if (userId is null || sessionId is null || !await sessions.IsCurrentAsync(sessionId, userId))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.FindFirstValue(AppClaimTypes.Session) is { } sessionId)
        {
            await sessions.EndAsync(sessionId);
        }

        await base.SigningOut(context);
    }

    /// <summary>Carries the session over when the security stamp check rebuilds a principal.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirstValue(AppClaimTypes.Session) is { } sessionId
            && context.NewPrincipal?.Identity is ClaimsIdentity refreshed
            && !refreshed.HasClaim(c => c.Type == AppClaimTypes.Session))
        {
            refreshed.AddClaim(new Claim(AppClaimTypes.Session, sessionId));
        }

        return Task.CompletedTask;
    }

    private string? UserIdOf(ClaimsPrincipal principal) => principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    private string? UserIdOf(ClaimsIdentity claims) => claims.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
}
