using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Settings;

/// <summary>
/// Binds a configuration section to an options object. A value that cannot be converted (a word
/// where a number goes, an unknown enum name) fails as a validation failure that names the
/// setting and the values it allows, instead of the binder's message about .NET types.
/// </summary>
public static class SettingsBinder
{
    /// <summary>Binds <paramref name="section"/> to <paramref name="options"/>; throws <see cref="OptionsValidationException"/> on a value of the wrong kind.</summary>
    public static void Bind<TOptions>(IConfigurationSection section, TOptions options)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(section);
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException)
        {
            var failures = Unconvertible(section, typeof(TOptions)).ToList();
            if (failures.Count == 0) throw;
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), failures);
        }
    }

    private static IEnumerable<string> Unconvertible(IConfigurationSection section, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var child = section.GetSection(property.Name);
            if (child.Value is not { } value) continue;
            string? failure = null;
            try
            {
                child.Get(property.PropertyType);
            }
            catch (InvalidOperationException)
            {
                var range = property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RangeAttribute>();
                failure = $"{child.Path} is '{value}'; allowed: {SettingRules.Allowed(property.PropertyType, range)}";
            }

            if (failure is not null) yield return failure;
        }
    }
}
