using System.Text.RegularExpressions;
using ArticleQA.Core.Answering;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>Shows answers in the console: coloured [n] markers and a short sources list.</summary>
internal static partial class AnswerView
{
    public static void Write(IAnsiConsole console, Answer answer)
    {
        if (answer.NoResult)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(answer.Result)}[/]");
            return;
        }

        console.MarkupLine(Marker().Replace(Markup.Escape(answer.Result), "[bold deepskyblue1][[$1]][/]"));
        console.MarkupLine("[grey]Sources:[/]");
        foreach (var citation in answer.Citations)
            console.MarkupLine($"  [bold deepskyblue1][[{citation.N}]][/] [grey]{Markup.Escape(Location(citation))}[/] {Markup.Escape(Shorten(citation.Quote, 90))}");
    }

    public static void WriteSources(IAnsiConsole console, Answer? answer)
    {
        if (answer is null || answer.Citations.Count == 0)
        {
            console.MarkupLine("[grey]No sources: the last answer cited nothing.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("[bold]n[/]", "where", "quote", "relevance");
        foreach (var c in answer.Citations)
            table.AddRow($"[bold deepskyblue1]{c.N}[/]", Markup.Escape(Location(c)), Markup.Escape(c.Quote), c.Relevance.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static string Location(Citation c) => $"{c.Source} ¶{c.Paragraph} [{c.Start}..{c.End}]";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    // Markers after Markup.Escape read "[[n]]".
    [GeneratedRegex(@"\[\[(\d+)\]\]")]
    private static partial Regex Marker();
}
