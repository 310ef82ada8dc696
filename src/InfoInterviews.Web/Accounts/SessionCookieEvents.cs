using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Ties each sign-in cookie to a server-side session and checks it on every request, in place of
/// Identity's periodic security stamp check: a signed-out, superseded (password changed, signed out
/// everywhere) or deleted account's cookie is refused at once, and its holder is sent to sign in.
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
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || sessionId is null || stamp is null || !await sessions.IsCurrentAsync(sessionId, userId, stamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await base.ValidatePrincipal(context);
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

    private string? UserIdOf(ClaimsPrincipal principal) => principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    private string? UserIdOf(ClaimsIdentity claims) => claims.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
}
