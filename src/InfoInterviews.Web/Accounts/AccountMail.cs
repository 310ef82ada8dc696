using System.Text.Encodings.Web;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace InfoInterviews.Web.Accounts;

/// <summary>Every message about an account: its subject, its words and its link, in one place.</summary>
public sealed class AccountMail(IEmailSender sender, AccountLinks links)
{
    /// <returns>The confirmation link, which a development server also shows to the browser that signed up.</returns>
    public async Task<string> SendConfirmationAsync(HttpRequest request, ApplicationUser user, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await links.ConfirmEmailAsync(request, user, returnUrl);
        await sender.SendEmailAsync(
            user.Email ?? throw new InvalidOperationException("The account has no email address."),
            "Confirm your InfoInterviews account",
            $"Welcome to InfoInterviews. Please <a href='{Encode(link)}'>confirm your account</a>.");
        return link;
    }

    public async Task SendPasswordResetAsync(HttpRequest request, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await links.ResetPasswordAsync(request, user);
        await sender.SendEmailAsync(
            user.Email ?? throw new InvalidOperationException("The account has no email address."),
            "Reset your password",
            $"To choose a new password, <a href='{Encode(link)}'>open this link</a>. If you did not ask for it, you can ignore this message.");
    }

    /// <summary>Tells the owner of an address that someone tried to sign up with it.</summary>
    public Task SendAccountExistsAsync(HttpRequest request, string email) =>
        sender.SendEmailAsync(
            email,
            "Someone tried to create an InfoInterviews account with your address",
            "Someone, perhaps you, tried to create an InfoInterviews account with this email address, which already has one. " +
            $"If it was you, <a href='{Encode(links.SignIn(request))}'>sign in</a> or " +
            $"<a href='{Encode(links.ForgotPassword(request))}'>reset your password</a>. If it was not, you can ignore this message.");

    /// <summary>Sends the link that moves the account to <paramref name="newEmail"/> to that new address.</summary>
    public async Task SendEmailChangeAsync(HttpRequest request, ApplicationUser user, string newEmail)
    {
        var link = await links.ConfirmEmailChangeAsync(request, user, newEmail);
        await sender.SendEmailAsync(
            newEmail,
            "Confirm your new InfoInterviews email address",
            $"To use this address for your InfoInterviews account, <a href='{Encode(link)}'>confirm it</a>. If you did not ask for it, you can ignore this message.");
    }

    private static string Encode(string link) => HtmlEncoder.Default.Encode(link);
}
