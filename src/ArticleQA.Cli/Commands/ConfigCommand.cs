using System.Globalization;
using ArticleQA.Core;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Retrieval;
using ArticleQA.Llm;
using ArticleQA.Llm.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>config</c>: the effective configuration with secrets masked, and a check that the model answers.</summary>
internal sealed class ConfigCommand(IServiceProvider services)
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        line.RejectUnknown();
        var article = services.GetRequiredService<IOptions<ArticleQAOptions>>().Value;
        var embedding = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        var chunking = services.GetRequiredService<IOptions<ChunkingOptions>>().Value;
        var retrieval = services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;

        var table = new Table().Border(TableBorder.Rounded).AddColumns("setting", "value");
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("ArticleQA:CorpusPath", $"{article.CorpusPath} → {RepositoryPaths.Resolve(article.CorpusPath)}");
        Row("ArticleQA:DataPath", $"{article.DataPath} → {RepositoryPaths.Resolve(article.DataPath)}");
        Row("ArticleQA:PromptsPath", $"{article.PromptsPath} → {RepositoryPaths.Resolve(article.PromptsPath)}");
        Row("ArticleQA:Embedding:Model", embedding.Model);
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

        AnsiConsole.Write(table);
        if (!llm.Enabled)
        {
            AnsiConsole.MarkupLine("[grey]No language model: answers are extractive (quoted sentences); nothing is called.[/]");
            return CliApp.Ok;
        }

        var result = await services.GetRequiredService<LlmCheck>().RunAsync(cancellationToken);
        var ms = result.Milliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (result.Ok)
        {
            AnsiConsole.MarkupLine($"[green]The model answers:[/] \"{Markup.Escape(result.Detail)}\" in {ms} ms.");
            return CliApp.Ok;
        }

        AnsiConsole.MarkupLine($"[red]The model does not answer:[/] {Markup.Escape(result.Detail)} ({ms} ms).");
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
