using System.Diagnostics;
using System.Text.Json;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Conversation;
using ArticleQA.Core.Embeddings;

namespace ArticleQA.Evaluation.Running;

/// <summary>Answers a question set, replaying each question's history in a conversation of its own.</summary>
public sealed class EvalRunner(ArticleMemory memory, EmbeddingModelInfo model)
{
    /// <summary>How results documents and items are written: indented, readable Unicode.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Answers every question and scores the set; <paramref name="progress"/> hears of each one
    /// done. With <paramref name="parallelism"/> above 1 that many questions are answered at once
    /// (each in its own conversation); items stay in question order.
    /// </summary>
    public async Task<EvalResults> RunAsync(
        IReadOnlyList<EvalQuestion> questions, AskOptions? options = null, IProgress<ResultItem>? progress = null,
        int parallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        // One answer first so that latencies exclude loading the model and the index.
        await memory.AskAsync("What is the article about?", options: options, cancellationToken: cancellationToken).ConfigureAwait(false);

        var items = new ResultItem[questions.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, questions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                items[i] = await AnswerAsync(questions[i], options, token).ConfigureAwait(false);
                progress?.Report(items[i]);
            }).ConfigureAwait(false);

        var answerer = items.Select(i => i.Answerer).FirstOrDefault(a => a is not null) ?? ExtractiveAnswerer.Name;
        var retrieval = options?.Ranker?.Name ?? (options?.Mode ?? memory.RetrievalMode).ToString().ToLowerInvariant();
        var config = new ResultConfig(answerer, retrieval, model.Name, options?.TopK ?? memory.TopK);
        return Score(questions, new EvalResults(config, items, null));
    }

    /// <summary>Adds the summary and the per-tag summary when the set has expectations.</summary>
    public static EvalResults Score(IReadOnlyList<EvalQuestion> questions, EvalResults results)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(results);
        if (!questions.Any(q => q.Expected is not null)) return results with { Summary = null, SummaryByTag = null };
        var byTag = EvalMetrics.SummarizeByTag(questions, results.Items);
        return results with { Summary = EvalMetrics.Summarize(questions, results.Items), SummaryByTag = byTag.Count == 0 ? null : byTag };
    }

    /// <summary>Answers one question after replaying its history.</summary>
    public async Task<ResultItem> AnswerAsync(EvalQuestion question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var history = new ConversationHistory();
        foreach (var earlier in question.History ?? [])
            await memory.AskAsync(earlier, history, options, cancellationToken).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        var answer = await memory.AskAsync(question.Question, history, options, cancellationToken).ConfigureAwait(false);
        var latency = clock.Elapsed.TotalMilliseconds;
        return ToItem(question, answer, latency);
    }

    /// <summary>Writes results as indented JSON.</summary>
    public static async Task WriteAsync(string path, EvalResults results, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, results, JsonOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The results-format item for an answer.</summary>
    public static ResultItem ToItem(EvalQuestion question, Answer answer, double latencyMs)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        return new ResultItem
        {
            Id = question.Id,
            Question = question.Question,
            Answer = answer.Result,
            Abstained = answer.NoResult,
            Citations = answer.Citations.Select(c => new ResultCitation(c.N, c.Source, c.Paragraph, c.Start, c.End, c.Quote, c.Relevance)).ToList(),
            Retrieved = answer.Retrieved.Select(p => new ResultPassage(p.Rank, p.Chunk.Source, p.Chunk.Paragraph, p.Chunk.Start, p.Chunk.End, p.Chunk.Text, Math.Round(p.Score, 6))).ToList(),
            LatencyMs = Math.Round(latencyMs, 3),
            TimingsMs = new Dictionary<string, double>
            {
                ["embed"] = Math.Round(answer.Timings.Embed, 3),
                ["retrieve"] = Math.Round(answer.Timings.Retrieve, 3),
                ["answer"] = Math.Round(answer.Timings.Answer, 3),
            },
            Answerer = answer.Answerer,
            Notice = answer.Notice,
            NoResultReason = answer.NoResultReason,
            StandaloneQuestion = answer.StandaloneQuestion,
            Tags = question.Tags,
        };
    }
}
