using System.Globalization;
using ArticleQA.Core;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Retrieval;
using ArticleQA.Llm;
using ArticleQA.Llm.Composition;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>config</c>: the effective configuration with secrets masked, and a check that the model answers.</summary>
internal sealed class ConfigCommand(
    IAnsiConsole console,
    IOptions<ArticleQAOptions> articleOptions,
    IOptions<EmbeddingOptions> embeddingOptions,
    IOptions<ChunkingOptions> chunkingOptions,
    IOptions<RetrievalOptions> retrievalOptions,
    IOptions<LlmOptions> llmOptions,
    ConfiguredLlm configuredLlm) : ICommand
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        line.RejectUnknown();
        var article = articleOptions.Value;
        var embedding = embeddingOptions.Value;
        var chunking = chunkingOptions.Value;
        var retrieval = retrievalOptions.Value;
        var llm = llmOptions.Value;

        var table = CliConsole.Table().AddColumns("setting", "value");
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("ArticleQA:CorpusPath", $"{article.CorpusPath} → {RepositoryPaths.Resolve(article.CorpusPath)}");
        Row("ArticleQA:DataPath", $"{article.DataPath} → {RepositoryPaths.Resolve(article.DataPath)}");
        Row("ArticleQA:PromptsPath", $"{article.PromptsPath} → {RepositoryPaths.Resolve(article.PromptsPath)}");
        Row("ArticleQA:Embedding:Model", embedding.Model);
        Row("ArticleQA:Embedding:Quantization", embedding.Quantization.ToString());
        Row("ArticleQA:Chunking:MaxTokens / OverlapTokens", $"{chunking.MaxTokens} / {chunking.OverlapTokens}");
        Row("ArticleQA:Retrieval:Mode / TopK / FusionK", $"{retrieval.Mode} / {retrieval.TopK} / {retrieval.FusionK}");
        Row("ArticleQA:Llm:Provider", llm.NormalizedProvider);
        if (llm.Enabled)
        {
            Row("ArticleQA:Llm:Endpoint", ShowUrl(llm.Endpoint));
            Row("ArticleQA:Llm:Model", llm.Model ?? "");
            Row("ArticleQA:Llm:ApiKey", SecretMasker.Describe(llm.ApiKey));
            Row("ArticleQA:Llm:Timeout / MaxRetries / RetryDelay", string.Create(CultureInfo.InvariantCulture, $"{llm.Timeout} / {llm.MaxRetries} / {llm.RetryDelay}"));
        }

        console.Write(table);
        if (!llm.Enabled)
        {
            console.MarkupLine("[grey]No language model: answers are extractive (quoted sentences); nothing is called.[/]");
            return CliApp.Ok;
        }

        var result = await configuredLlm.Check!.RunAsync(cancellationToken);
        var ms = result.Milliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (result.Ok)
        {
            console.MarkupLine($"[green]The model answers:[/] \"{Markup.Escape(result.Detail)}\" in {ms} ms.");
            return CliApp.Ok;
        }

        console.MarkupLine($"[red]The model does not answer:[/] {Markup.Escape(result.Detail)} ({ms} ms).");
        return CliApp.Failed;
    }

    // An endpoint may carry credentials in its user info or query; show neither.
    private static string ShowUrl(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint)) return "(default)";
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri)) return "(invalid)";
        var shown = $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}";
        return uri.Query.Length > 0 ? shown + "?…" : shown;
    }
}
