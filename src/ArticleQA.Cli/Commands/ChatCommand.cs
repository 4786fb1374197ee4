using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>chat</c>: an interactive console; with stdin piped, one question per line.</summary>
internal sealed class ChatCommand(IServiceProvider services)
{
    private const string HelpText =
        "Ask anything about the article. Commands: [bold]/sources[/] the last answer's citations in full, " +
        "[bold]/reset[/] forget the conversation, [bold]/help[/] this text, [bold]/quit[/] leave.";

    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        line.RejectUnknown();
        var console = AnsiConsole.Console;
        var interactive = !Console.IsInputRedirected;
        var index = await LoadAsync(console, interactive, cancellationToken);
        var memory = services.GetRequiredService<ArticleMemory>();

        if (interactive)
        {
            var title = index.Documents.Select(d => d.Title).FirstOrDefault(t => t is not null) ?? "the article";
            console.Write(new Rule($"[bold]ArticleQA[/] · {Markup.Escape(title)}").LeftJustified());
            console.MarkupLine(HelpText);
        }

        var history = new ConversationHistory();
        Answer? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) console.Markup("\n[bold green]you>[/] ");
            var input = Console.ReadLine();
            if (input is null) break;
            switch (input.Trim().ToLowerInvariant())
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
                case "" when !interactive:
                    continue;
            }

            if (!interactive) console.MarkupLine($"[bold green]you>[/] {Markup.Escape(input)}");
            last = await AskStreamingAsync(console, memory, input, history, cancellationToken);
        }

        return CliApp.Ok;
    }

    /// <summary>Shows the answer's text as it arrives (from a model that streams), then the sources.</summary>
    private static async Task<Answer> AskStreamingAsync(
        IAnsiConsole console, ArticleMemory memory, string input, ConversationHistory history, CancellationToken cancellationToken)
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

    private async Task<ArticleIndex> LoadAsync(IAnsiConsole console, bool interactive, CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredService<IndexProvider>();
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        async Task<ArticleIndex> Load()
        {
            var warmUp = Task.Run(() => (generator as OnnxEmbeddingGenerator)?.WarmUp(), cancellationToken);
            var index = await provider.GetAsync(cancellationToken);
            await warmUp;
            return index;
        }

        if (!interactive) return await Load();
        ArticleIndex? loaded = null;
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Loading the embedding model and the index…", async _ => loaded = await Load());
        return loaded!;
    }
}
