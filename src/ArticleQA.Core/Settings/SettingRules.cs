using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ArticleQA.Core.Settings;

/// <summary>Describes in plain words which values a setting allows, from its type and data annotations.</summary>
public static class SettingRules
{
    /// <summary>The full configuration key of <paramref name="member"/> in <paramref name="section"/>, such as <c>ArticleQA:Retrieval:Mode</c>.</summary>
    public static string Key(string section, string member) => $"{section}:{member}";

    /// <summary>What <paramref name="type"/> accepts, such as "one of Hybrid, Dense, Bm25" or "a whole number from 16 to 512".</summary>
    public static string Allowed(Type type, RangeAttribute? range = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return $"one of {string.Join(", ", Enum.GetNames(type))}";
        var kind = Type.GetTypeCode(type) switch
        {
            TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 or TypeCode.Byte => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.Boolean => "true or false",
            _ when type == typeof(TimeSpan) => "a time span (hh:mm:ss)",
            _ when type == typeof(Uri) => "an absolute URL",
            _ => "a text",
        };
        return range is null
            ? kind
            : string.Create(CultureInfo.InvariantCulture, $"{kind} from {range.Minimum} to {range.Maximum}");
    }

    /// <summary>A value as the user wrote it, quoted when it is text.</summary>
    public static string Show(object? value) => value switch
    {
        null => "empty",
        string s => $"'{s}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
