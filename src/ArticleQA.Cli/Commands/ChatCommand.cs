using System.Text.RegularExpressions;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.AI;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>chat</c> (also what <c>articleqa</c> with no command runs): an interactive console; with stdin piped, one question per line.</summary>
internal sealed partial class ChatCommand(
    IAnsiConsole console, IndexProvider provider, IEmbeddingGenerator<string, Embedding<float>> generator, ArticleMemory memory) : ICommand
{
    private const string HelpText =
        "Ask anything about the article. Commands: [bold]/sources[/] the last answer's citations in full, " +
        "[bold]/reset[/] forget the conversation, [bold]/help[/] this text, [bold]/quit[/] leave.";

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        line.RejectUnknown();
        var interactive = !Console.IsInputRedirected;
        var index = await LoadAsync(interactive, cancellationToken);

        if (interactive)
        {
            var title = index.Documents.Select(d => d.Title).FirstOrDefault(t => t is not null) ?? "the article";
            if (CliConsole.IsTerminal) console.Write(new Rule($"[bold]ArticleQA[/] · {Markup.Escape(title)}").LeftJustified());
            else console.MarkupLine($"[bold]ArticleQA[/] · {Markup.Escape(title)}");
            console.MarkupLine(HelpText);
        }

        var history = new ConversationHistory();
        Answer? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) console.Markup("\n[bold green]you>[/] ");
            var input = Console.ReadLine();
            if (input is null)
            {
                // Ctrl+D (end of input) at the prompt: leave the shell's prompt on a line of its own.
                if (interactive) console.WriteLine();
                break;
            }

            var command = input.Trim().ToLowerInvariant();
            switch (command)
            {
                case "/quit" or "/exit":
                    return CliApp.Ok;
                case "/help":
                    console.MarkupLine(HelpText);
                    continue;
                case "/reset":
                    history.Reset();
                    last = null;
                    console.MarkupLine("[grey]Conversation forgotten.[/]");
                    continue;
                case "/sources":
                    AnswerView.WriteSources(console, last);
                    continue;
                case "":
                    continue;
            }

            if (SlashCommand().Match(command) is { Success: true } unknown)
            {
                console.MarkupLine($"[yellow]Unknown command {Markup.Escape(unknown.Value)} — /help lists them[/]");
                continue;
            }

            if (!interactive) console.MarkupLine($"[bold green]you>[/] {Markup.Escape(input)}");
            last = await AskStreamingAsync(input, history, cancellationToken);
        }

        return CliApp.Ok;
    }

    /// <summary>Shows the answer's text as it arrives (from a model that streams), then the sources.</summary>
    private async Task<Answer> AskStreamingAsync(string input, ConversationHistory history, CancellationToken cancellationToken)
    {
        var streamed = false;
        await foreach (var update in memory.AskStreamingAsync(input, history, cancellationToken: cancellationToken))
        {
            if (update.Answer is { } answer)
            {
                AnswerView.WriteAfterStream(console, answer, streamed);
                return answer;
            }

            AnswerView.WriteDelta(console, update.Delta!);
            streamed = true;
        }

        throw new InvalidOperationException("The answer stream ended without an answer.");
    }

    private async Task<ArticleIndex> LoadAsync(bool interactive, CancellationToken cancellationToken)
    {
        async Task<ArticleIndex> Load()
        {
            var warmUp = Task.Run(() => generator.GetService<OnnxEmbeddingGenerator>()?.WarmUp(), cancellationToken);
            var index = await provider.GetAsync(cancellationToken);
            await warmUp;
            return index;
        }

        if (!interactive) return await Load();
        ArticleIndex? loaded = null;
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Loading the embedding model and the index…", async _ => loaded = await Load());
        return loaded!;
    }

    // A message that is one word after a slash, such as "/foo", is meant as a command, not a question.
    [GeneratedRegex(@"^/[\p{L}\p{N}_-]+$")]
    private static partial Regex SlashCommand();
}
