using System.Text.RegularExpressions;
using ArticleQA.Core.Answering;
using ArticleQA.Llm.Answering;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary>Shows answers in the console: coloured [n] markers and a short sources list.</summary>
internal static partial class AnswerView
{
    public static void Write(IAnsiConsole console, Answer answer)
    {
        WriteNotice(console, answer);
        if (answer.NoResult)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(answer.Result)}[/]");
            return;
        }

        console.MarkupLine(Coloured(answer.Result));
        WriteSourceList(console, answer);
    }

    /// <summary>Writes a piece of a streamed answer where the previous one ended.</summary>
    public static void WriteDelta(IAnsiConsole console, string delta) => console.Markup(Coloured(delta));

    /// <summary>
    /// Ends a streamed answer: its sources when the stream was the answer; otherwise (nothing was
    /// streamed, or the model failed or went ungrounded mid-way) the final answer in full.
    /// </summary>
    public static void WriteAfterStream(IAnsiConsole console, Answer answer, bool streamed)
    {
        if (!streamed)
        {
            Write(console, answer);
            return;
        }

        console.WriteLine();
        if (answer.Answerer == LlmAnswerer.Name && !answer.NoResult)
        {
            WriteSourceList(console, answer);
            return;
        }

        Write(console, answer);
    }

    private static void WriteNotice(IAnsiConsole console, Answer answer)
    {
        if (answer.Notice is { Length: > 0 } notice) console.MarkupLine($"[grey italic]{Markup.Escape(notice)}[/]");
    }

    private static string Coloured(string text) => Marker().Replace(Markup.Escape(text), "[bold deepskyblue1][[$1]][/]");

    private static void WriteSourceList(IAnsiConsole console, Answer answer)
    {
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

        var table = CliConsole.Table().AddColumns("[bold]n[/]", "where", "quote", "relevance");
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
