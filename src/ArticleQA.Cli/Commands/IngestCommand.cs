using ArticleQA.Core.Storage;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>ingest [--force]</c>: builds or loads the index and reports what it holds.</summary>
internal sealed class IngestCommand(IAnsiConsole console, IndexProvider provider) : ICommand
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var force = line.Flag("--force");
        line.RejectUnknown();
        IngestReport? report = null;
        await console.Status().StartAsync("Reading the corpus and building the index…", async _ =>
            report = await provider.IngestAsync(force, cancellationToken));

        var r = report!;
        console.MarkupLine(r.Rebuilt
            ? $"[green]Index built[/] ({Markup.Escape(r.Reason ?? "")})"
            : "[green]Index loaded from disk[/] (corpus unchanged)");
        console.MarkupLine($"documents: {r.Documents}, paragraphs: {r.Paragraphs}, sentences: {r.Sentences}, chunks: {r.Chunks}");
        console.MarkupLine($"time: {r.Elapsed.TotalSeconds:0.00} s, index: {Markup.Escape(r.IndexPath)}");
        return CliApp.Ok;
    }
}
