using Spectre.Console;

namespace ArticleQA.Cli;

/// <summary>
/// The console the commands write to. On a terminal: colours and the terminal's width. When
/// standard output is redirected (a pipe, a file): no colour codes, no wrapping (an answer
/// paragraph is one line, a table row is one line) and tables drawn in plain ASCII, so that
/// scripts can grep the output.
/// </summary>
internal static class CliConsole
{
    // Wide enough that no answer or table row is ever wrapped; Spectre wraps at the profile's width.
    private const int UnwrappedWidth = 100_000;

    /// <summary>True when standard output goes to a terminal.</summary>
    public static bool IsTerminal => !Console.IsOutputRedirected;

    /// <summary>A table with rounded borders on a terminal, plain ASCII ones otherwise.</summary>
    public static Table Table() => new Table().Border(IsTerminal ? TableBorder.Rounded : TableBorder.Ascii);

    public static IAnsiConsole Create()
    {
        if (IsTerminal) return AnsiConsole.Create(new AnsiConsoleSettings());
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = UnwrappedWidth;
        return console;
    }
}
