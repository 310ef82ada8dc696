using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace InfoInterviews.Web.Accounts;

/// <summary>
/// Reads email addresses as the mailer does, strictly: an address accepted at sign-up is one that
/// mail can be composed for later.
/// </summary>
public static class MailAddresses
{
    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    public static MailboxAddress Parse(string text) => MailboxAddress.Parse(Strict, text);

    /// <summary>True for a bare address (no display name, no second address) that <see cref="Parse"/> accepts.</summary>
    public static bool IsDeliverable([NotNullWhen(true)] string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && MailboxAddress.TryParse(Strict, text, out var mailbox)
        && string.Equals(mailbox.Address, text.Trim(), StringComparison.Ordinal);
}

/// <summary>Refuses an address the mailer could not send to, before anything is saved for it.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class DeliverableEmailAttribute : ValidationAttribute
{
    public DeliverableEmailAttribute()
        : base("Enter an email address mail can be delivered to, such as name@example.com.")
    {
    }

    public override bool IsValid(object? value) => value is null || (value is string text && MailAddresses.IsDeliverable(text));
}
