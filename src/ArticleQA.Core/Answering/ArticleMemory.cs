using System.Diagnostics;
using ArticleQA.Core.Conversation;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Storage;
using ArticleQA.Core.Telemetry;
using ArticleQA.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ArticleQA.Core.Answering;

/// <summary>Per-call choices that override configuration (used by evaluation comparisons).</summary>
/// <param name="Mode">Retrieval mode.</param>
/// <param name="TopK">Passages to retrieve.</param>
public sealed record AskOptions(RetrievalMode? Mode = null, int? TopK = null);

/// <summary>
/// Kernel Memory's <c>Ask</c> on our own parts: guard the question, resolve it against the
/// conversation, embed it, retrieve, and let the configured answerer write a cited answer or
/// say that the article does not answer it.
/// </summary>
public sealed class ArticleMemory(
    IndexProvider indexProvider,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo model,
    Retriever retriever,
    IAnswerer answerer)
{
    /// <summary>The configured retrieval mode.</summary>
    public RetrievalMode RetrievalMode => retriever.Options.Mode;

    /// <summary>The configured number of passages retrieved.</summary>
    public int TopK => retriever.Options.TopK;

    /// <summary>Answers <paramref name="question"/>; <paramref name="history"/> gets the new turn when given.</summary>
    public async Task<Answer> AskAsync(
        string question, ConversationHistory? history = null, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var span = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.AskSpan);
        var verdict = QuestionGuard.Check(question);
        if (!verdict.Accepted)
        {
            Record(span, "refused", verdict.Refusal);
            return new Answer { Question = question ?? "", Result = verdict.Message!, NoResult = true, NoResultReason = verdict.Refusal };
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        var resolved = FollowUpResolver.Resolve(verdict.Question, history);
        // A follow-up is analysed as asked; the names it refers back to are checked separately.
        var analysis = QuestionAnalyzer.Analyze(verdict.Question, index.Vocabulary.IsName);

        span?.SetTag("articleqa.follow_up", resolved.IsFollowUp);
        var clock = Stopwatch.StartNew();
        string[] queries = resolved.IsFollowUp ? [model.QueryPrefix + resolved.Text, model.QueryPrefix + verdict.Question] : [model.QueryPrefix + resolved.Text];
        GeneratedEmbeddings<Embedding<float>> generated;
        using (ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.EmbedSpan))
            generated = await embeddings.GenerateAsync(queries, cancellationToken: cancellationToken).ConfigureAwait(false);
        var embedMs = clock.Elapsed.TotalMilliseconds;
        ArticleQATelemetry.EmbedDuration.Record(embedMs);

        clock.Restart();
        var queryStems = resolved.IsFollowUp ? TextAnalyzer.Stems(resolved.Text).ToList() : analysis.Stems;
        double[] chunkSimilarity, sentenceSimilarity;
        IReadOnlyList<RetrievedPassage> retrieved;
        using (var retrieveSpan = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.RetrieveSpan))
        {
            chunkSimilarity = await SimilarityAsync(indexProvider.Chunks, index.Chunks.Count, generated.Select(g => g.Vector), cancellationToken).ConfigureAwait(false);
            retrieved = retriever.Rank(index, queryStems, chunkSimilarity, options?.Mode, options?.TopK);
            // Sentences are judged against the question as asked; the resolved one only steers retrieval.
            sentenceSimilarity = await SimilarityAsync(indexProvider.Sentences, index.Sentences.Count, [generated[^1].Vector], cancellationToken).ConfigureAwait(false);
            retrieveSpan?.SetTag("articleqa.retrieval.mode", (options?.Mode ?? RetrievalMode).ToString());
            retrieveSpan?.SetTag("articleqa.retrieved", retrieved.Count);
        }

        var retrieveMs = clock.Elapsed.TotalMilliseconds;
        ArticleQATelemetry.RetrieveDuration.Record(retrieveMs);

        clock.Restart();
        var context = new AnswerContext(verdict.Question, resolved.Text, analysis, index, retrieved, sentenceSimilarity, chunkSimilarity, ContextParagraphs(history, resolved), resolved.CarriedNames);
        AnswerDraft draft;
        using (var answerSpan = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.AnswerSpan))
        {
            draft = await answerer.AnswerAsync(context, cancellationToken).ConfigureAwait(false);
            answerSpan?.SetTag("articleqa.answerer", draft.Answerer);
            answerSpan?.SetTag("articleqa.citations", draft.Citations.Count);
        }

        var answerMs = clock.Elapsed.TotalMilliseconds;
        ArticleQATelemetry.AnswerDuration.Record(answerMs, new KeyValuePair<string, object?>("articleqa.answerer", draft.Answerer));
        Record(span, draft.NoResultReason is null ? "answered" : "abstained", draft.NoResultReason);

        var answer = new Answer
        {
            Question = verdict.Question,
            StandaloneQuestion = resolved.IsFollowUp ? resolved.Text : null,
            Result = draft.Text,
            NoResult = draft.NoResultReason is not null,
            NoResultReason = draft.NoResultReason,
            Citations = draft.Citations,
            RelevantSources = Sources(retrieved),
            Retrieved = retrieved,
            Answerer = draft.Answerer,
            Timings = new AnswerTimings(embedMs, retrieveMs, answerMs),
        };
        history?.Add(Turn(answer, resolved));
        return answer;
    }

    private static void Record(Activity? span, string outcome, string? reason)
    {
        ArticleQATelemetry.Questions.Add(1, new KeyValuePair<string, object?>("articleqa.outcome", outcome));
        span?.SetTag("articleqa.outcome", outcome);
        if (reason is not null) span?.SetTag("articleqa.no_result_reason", reason);
    }

    /// <summary>For every record of a collection (by position), its best cosine similarity to any of the vectors.</summary>
    private static async Task<double[]> SimilarityAsync(
        VectorStoreCollection<string, TextRecord> collection, int count, IEnumerable<ReadOnlyMemory<float>> vectors, CancellationToken cancellationToken)
    {
        var similarity = new double[count];
        Array.Fill(similarity, -1);
        foreach (var vector in vectors)
        {
            await foreach (var hit in collection.SearchAsync(vector, count, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // A record beyond this index's size belongs to a newer index being filled in; skip it.
                if (hit.Record.Position < count) similarity[hit.Record.Position] = Math.Max(similarity[hit.Record.Position], hit.Score ?? 0);
            }
        }

        return similarity;
    }

    private static HashSet<(string, int)> ContextParagraphs(ConversationHistory? history, ResolvedQuestion resolved)
    {
        var paragraphs = new HashSet<(string, int)>();
        if (!resolved.IsFollowUp || history?.Last is not { } last) return paragraphs;
        foreach (var reference in last.Paragraphs)
        {
            var hash = reference.LastIndexOf('#');
            if (hash > 0 && int.TryParse(reference[(hash + 1)..], out var paragraph)) paragraphs.Add((reference[..hash], paragraph));
        }

        return paragraphs;
    }

    private static ConversationTurn Turn(Answer answer, ResolvedQuestion resolved)
    {
        var names = NameExtractor.Extract(answer.Question)
            .Concat(answer.Citations.Take(1).SelectMany(c => NameExtractor.Extract(c.Quote)))
            .Concat(resolved.CarriedNames)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(6)
            .ToList();
        var paragraphs = answer.Citations.Select(c => $"{c.Source}#{c.Paragraph}").Distinct().ToList();
        return new ConversationTurn(answer.Question, resolved.Text, answer.Result, names, paragraphs);
    }

    private static List<SourceReference> Sources(IReadOnlyList<RetrievedPassage> retrieved) =>
        retrieved
            .GroupBy(p => p.Chunk.Source)
            .Select(g => new SourceReference(g.Key, g.Key, g.Select(p => new SourcePartition(
                p.Chunk.Text, Math.Round(p.Score, 6), p.Position, p.Chunk.Paragraph, p.Chunk.Start, p.Chunk.End)).ToList()))
            .ToList();
}
