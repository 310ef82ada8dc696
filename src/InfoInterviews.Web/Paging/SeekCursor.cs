using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace InfoInterviews.Web.Paging;

/// <summary>
/// Where a row stands in a list's order: the order's name, the part it is in and its keys, written into a
/// link as base64url of a JSON array. A cursor only says where to start reading; the rows are always read
/// through the owner's query, so a cursor changed by hand or copied from someone else can show nothing
/// but the user's own rows.
/// </summary>
public sealed record SeekCursor(int Part, IReadOnlyList<object> Keys)
{
    /// <summary>The cursor from a row's keys.</summary>
    public static string Write<T>(SeekOrder<T> order, int part, IReadOnlyList<object?> keys)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(keys);
        object?[] array = [order.Name, part, .. keys.Select(k => k is DateTime time ? time.ToString("O", CultureInfo.InvariantCulture) : k)];
        return WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(array));
    }

    /// <summary>The cursor a link carries, or null when it is not one of this order (changed by hand, or of another sort).</summary>
    public static SeekCursor? Read<T>(SeekOrder<T> order, string text)
    {
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text)));
            var items = json.RootElement.EnumerateArray().ToList();
            if (items.Count < 2 || items[0].GetString() != order.Name || !items[1].TryGetInt32(out var part) || part < 0 || part >= order.Parts.Count)
            {
                return null;
            }

            var types = order.Parts[part].KeyTypes.ToList();
            if (items.Count != types.Count + 2)
            {
                return null;
            }

            var keys = new List<object>();
            for (var i = 0; i < types.Count; i++)
            {
                if (ValueOf(items[i + 2], types[i]) is not { } key)
                {
                    return null;
                }

                keys.Add(key);
            }

            return new SeekCursor(part, keys);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static object? ValueOf(JsonElement item, Type type) => type switch
    {
        _ when type == typeof(string) && item.ValueKind == JsonValueKind.String => item.GetString(),
        _ when type == typeof(int) && item.TryGetInt32(out var number) => number,
        _ when type == typeof(DateTime) && item.ValueKind == JsonValueKind.String
            && DateTime.TryParseExact(item.GetString(), "O", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => null,
    };
}
