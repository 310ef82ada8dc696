using System.Security.Claims;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// A change to what proves who the user is (the password, two-factor sign-in, the email address that
/// can reset the password) ends every other session of its user at once: whoever held one from before
/// is out. The browser that made the change stays signed in; after a reset, none is.
/// </summary>
public sealed class AppUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    UserSessions sessions,
    IHttpContextAccessor httpContext)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ChangePasswordAsync(ApplicationUser user, string currentPassword, string newPassword) =>
        await EndOtherSessionsIfAsync(user, await base.ChangePasswordAsync(user, currentPassword, newPassword));

    public override async Task<IdentityResult> ResetPasswordAsync(ApplicationUser user, string token, string newPassword) =>
        await EndOtherSessionsIfAsync(user, await base.ResetPasswordAsync(user, token, newPassword));

    public override async Task<IdentityResult> AddPasswordAsync(ApplicationUser user, string password) =>
        await EndOtherSessionsIfAsync(user, await base.AddPasswordAsync(user, password));

    public override async Task<IdentityResult> RemovePasswordAsync(ApplicationUser user) =>
        await EndOtherSessionsIfAsync(user, await base.RemovePasswordAsync(user));

    public override async Task<IdentityResult> SetTwoFactorEnabledAsync(ApplicationUser user, bool enabled) =>
        await EndOtherSessionsIfAsync(user, await base.SetTwoFactorEnabledAsync(user, enabled));

    public override async Task<IdentityResult> ChangeEmailAsync(ApplicationUser user, string newEmail, string token) =>
        await EndOtherSessionsIfAsync(user, await base.ChangeEmailAsync(user, newEmail, token));

    private async Task<IdentityResult> EndOtherSessionsIfAsync(ApplicationUser user, IdentityResult result)
    {
        if (result.Succeeded)
        {
            var current = httpContext.HttpContext?.User;
            var keep = current?.FindFirstValue(Options.ClaimsIdentity.UserIdClaimType) == user.Id ? current?.FindFirstValue(AppClaimTypes.Session) : null;
            await sessions.EndOthersAsync(user.Id, keep);
        }

        return result;
    }
}
