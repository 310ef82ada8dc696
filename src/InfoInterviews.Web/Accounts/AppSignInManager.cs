using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Sign-in that answers alike whether or not the account exists: an unknown address costs the same
/// password hash check, counts toward the same lockout, and gets the same answers; an unconfirmed
/// account is only told to confirm once the right password is given.
/// </summary>
public sealed class AppSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    UnknownAccountSignIns unknownAccounts)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash made by the same hasher with the same settings, so checking against it takes as long as
    // checking a real account's password.
    private static string? placeholderHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        // A real account that is locked out is answered before its password is checked; so is this.
        if (unknownAccounts.IsLockedOut(userName))
        {
            return SignInResult.LockedOut;
        }

        var placeholder = new ApplicationUser();
        placeholderHash ??= UserManager.PasswordHasher.HashPassword(placeholder, Guid.NewGuid().ToString());
        UserManager.PasswordHasher.VerifyHashedPassword(placeholder, placeholderHash, password);
        return lockoutOnFailure && unknownAccounts.RecordFailure(userName) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);

        // Identity answers "not allowed" before it checks the password: that would tell anyone that an
        // unconfirmed account exists. A wrong password fails here as it would for any account.
        if (!await CanSignInAsync(user) && !await IsLockedOut(user) && !await UserManager.CheckPasswordAsync(user, password))
        {
            if (lockoutOnFailure && UserManager.SupportsUserLockout)
            {
                await UserManager.AccessFailedAsync(user);
                if (await UserManager.IsLockedOutAsync(user))
                {
                    return SignInResult.LockedOut;
                }
            }

            return SignInResult.Failed;
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }
}
