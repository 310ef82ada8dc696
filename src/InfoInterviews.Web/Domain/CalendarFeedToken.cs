using System.Security.Cryptography;
using System.Text;

namespace InfoInterviews.Web.Domain;

/// <summary>
/// The secret in a calendar feed's address. Calendar apps send no cookie, so whoever holds the address
/// reads the feed: it carries 256 random bits, and only its SHA-256 hash is stored, so a copy of the
/// database does not give the feeds away. A token this random needs no slow hash: it cannot be guessed.
/// </summary>
public static class CalendarFeedToken
{
    /// <summary>The length of a stored hash: SHA-256 in lower-case hexadecimal.</summary>
    public const int HashLength = 64;

    private const int TokenBytes = 32;

    /// <summary>A new token, as it appears in the address, URL-safe.</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What is stored of <paramref name="token"/> and what a request's token is looked up by.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
