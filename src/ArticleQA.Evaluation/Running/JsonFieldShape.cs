using System.Reflection;
using System.Text.Json.Serialization;

namespace ArticleQA.Evaluation.Running;

/// <summary>
/// Says in plain words what a field of a JSON record must hold ("a list of texts"), found from the
/// record's own properties, so that a bad question line is explained without the serializer's internals.
/// </summary>
internal static class JsonFieldShape
{
    /// <summary>
    /// The field a System.Text.Json path such as <c>$.expected.contains[0]</c> points at
    /// (<c>expected.contains</c>) and what it must hold, or null when the path names no known field.
    /// </summary>
    public static (string Field, string Expected)? Describe(Type record, string? path)
    {
        if (string.IsNullOrEmpty(path) || !path.StartsWith("$.", StringComparison.Ordinal)) return null;
        var names = path[2..].Split('.').Select(n => n.Split('[')[0]).ToList();
        var type = record;
        var field = new List<string>();
        foreach (var name in names)
        {
            var property = ElementType(type).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == name);
            if (property is null) break;
            field.Add(name);
            type = property.PropertyType;
        }

        return field.Count == 0 ? null : (string.Join('.', field), Kind(type, plural: false));
    }

    private static string Kind(Type type, bool plural)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return plural ? "texts" : "a text";
        if (type == typeof(bool)) return plural ? "true or false values" : "true or false";
        if (type.IsPrimitive || type == typeof(decimal)) return plural ? "numbers" : "a number";
        if (ElementType(type) is var element && element != type) return (plural ? "lists of " : "a list of ") + Kind(element, plural: true);
        return plural ? "objects" : "an object";
    }

    private static Type ElementType(Type type) =>
        type != typeof(string) && type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            ? element
            : type;
}
