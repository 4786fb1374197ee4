using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Hosting;

/// <summary>Validates every option at start so that a bad setting ends the host with one line, not a stack trace.</summary>
public static class ConfigurationCheck
{
    /// <summary>Exit code for a bad setting, as the CLI uses.</summary>
    public const int BadConfiguration = 2;

    /// <summary>The problem with the configuration in one line, or null when every option is valid.</summary>
    public static string? Problem(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return "articleqa-bot: invalid configuration: " + string.Join(" ", e.Failures).ReplaceLineEndings(" ");
        }
    }
}
