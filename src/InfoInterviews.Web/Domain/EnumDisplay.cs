using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace InfoInterviews.Web.Domain;

public static class EnumDisplay
{
    /// <summary>The name a person reads: the member's <see cref="DisplayAttribute"/>, else its name.</summary>
    public static string DisplayName<TEnum>(this TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return typeof(TEnum).GetField(name)?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? name;
    }
}
