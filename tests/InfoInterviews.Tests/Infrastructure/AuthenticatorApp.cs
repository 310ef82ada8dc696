using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>What an authenticator app does with the key it is shown: a six-digit code per 30 seconds (RFC 6238).</summary>
public static class AuthenticatorApp
{
    public static string CodeFor(string base32Key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, now.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c != ' ' && c != '='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
