using ArticleQA.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>ingest [--force]</c>: builds or loads the index and reports what it holds.</summary>
internal sealed class IngestCommand(IServiceProvider services)
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var force = line.Flag("--force");
        line.RejectUnknown();
        var provider = services.GetRequiredService<IndexProvider>();
        IngestReport? report = null;
        await AnsiConsole.Status().StartAsync("Reading the corpus and building the index…", async _ =>
            report = await provider.IngestAsync(force, cancellationToken));

        var r = report!;
        AnsiConsole.MarkupLine(r.Rebuilt
            ? $"[green]Index built[/] ({Markup.Escape(r.Reason ?? "")})"
            : "[green]Index loaded from disk[/] (corpus unchanged)");
        AnsiConsole.MarkupLine($"documents: {r.Documents}, paragraphs: {r.Paragraphs}, sentences: {r.Sentences}, chunks: {r.Chunks}");
        AnsiConsole.MarkupLine($"time: {r.Elapsed.TotalSeconds:0.00} s, index: {Markup.Escape(r.IndexPath)}");
        return CliApp.Ok;
    }
}
