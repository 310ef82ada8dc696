using System.Security.Claims;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// A password that changes ends every other session of its user at once: whoever held one with the
/// old password is out. The browser that changed it stays signed in; after a reset, none is.
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
