using System.Collections.Frozen;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Refuses the passwords attackers try first: the well-known weak ones and the patterns they are built
/// from (common-passwords.txt, only those long enough to pass the length rule), and the account's own
/// email address or name. Case does not make a weak password strong, so the comparison ignores it.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly FrozenSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var candidate = password?.Trim() ?? string.Empty;
        if (Common.Contains(candidate))
        {
            return Task.FromResult(Refuse("CommonPassword", "This password is one of the most common and is guessed first. Choose another; a few random words make a good one."));
        }

        string?[] own = [user.Email, user.UserName, user.Email?.Split('@')[0], user.DisplayName];
        return Task.FromResult(own.Any(value => string.Equals(value?.Trim(), candidate, StringComparison.OrdinalIgnoreCase))
            ? Refuse("PasswordIsIdentity", "Your password must not be your email address or your name.")
            : IdentityResult.Success);
    }

    private static IdentityResult Refuse(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("InfoInterviews.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
