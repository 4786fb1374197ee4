using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Settings;

/// <summary>
/// Validates an options class by its data annotations and its own <see cref="IValidatableObject"/>
/// rules, and words each failure as the user must fix it: the full setting name, the value given,
/// and the values allowed ("ArticleQA:Chunking:MaxTokens is 5; allowed: a whole number from 16 to 512").
/// </summary>
/// <param name="section">The configuration section the options are bound to.</param>
public sealed class SettingsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(options);
            var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = property.Name };
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.GetValidationResult(value, context) is null) continue;
                var key = SettingRules.Key(section, property.Name);
                failures.Add(attribute switch
                {
                    RequiredAttribute => $"{key} is required; allowed: {SettingRules.Allowed(property.PropertyType)}",
                    RangeAttribute range => $"{key} is {SettingRules.Show(value)}; allowed: {SettingRules.Allowed(property.PropertyType, range)}",
                    MaxLengthAttribute most => $"{key} is {(value as string)?.Length} characters long; allowed: at most {most.Length}",
                    _ => $"{key} is {SettingRules.Show(value)}: {attribute.FormatErrorMessage(property.Name)}",
                });
            }
        }

        // Cross-field rules run once every single value is valid, as DataAnnotations does.
        if (failures.Count == 0 && options is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(options)))
                failures.Add(Named(result));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // A rule's own message already names its settings when it says "ArticleQA:…"; otherwise name them here.
    private string Named(ValidationResult result)
    {
        var message = result.ErrorMessage ?? "is not valid";
        if (message.Contains(section + ":", StringComparison.Ordinal)) return message;
        var keys = result.MemberNames.Select(m => SettingRules.Key(section, m)).ToList();
        return keys.Count == 0 ? $"{section}: {message}" : $"{string.Join(", ", keys)}: {message}";
    }
}
