using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// <param name="Ranker">A retriever that replaces the configured one, or null.</param>
public sealed record AskOptions(RetrievalMode? Mode = null, int? TopK = null, IChunkRanker? Ranker = null);

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
    IAnswerer answerer,
    IFollowUpResolver? followUps = null,
    WordPieceTokenizer? tokenizer = null)
{
    private readonly IFollowUpResolver _followUps = followUps ?? new RuleFollowUpResolver();

    // The word pieces of the query prefix put before every question; alignment skips them.
    private readonly int _queryPrefixTokens = tokenizer is null || model.QueryPrefix.Length == 0 ? 0 : tokenizer.CountTokens(model.QueryPrefix);

    /// <summary>The configured retrieval mode.</summary>
    public RetrievalMode RetrievalMode => retriever.Options.Mode;

    /// <summary>The configured number of passages retrieved.</summary>
    public int TopK => retriever.Options.TopK;

    /// <summary>Answers <paramref name="question"/>; <paramref name="history"/> gets the new turn when given.</summary>
    public async Task<Answer> AskAsync(
        string question, ConversationHistory? history = null, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var span = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.AskSpan);
        var prepared = await PrepareAsync(question, history, options, span, cancellationToken).ConfigureAwait(false);
        if (prepared.Refused is not null) return prepared.Refused;

        var clock = Stopwatch.StartNew();
        AnswerDraft draft;
        using (var answerSpan = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.AnswerSpan))
        {
            draft = await answerer.AnswerAsync(prepared.Context!, cancellationToken).ConfigureAwait(false);
            Tag(answerSpan, draft);
        }

        return Complete(prepared, draft, clock.Elapsed.TotalMilliseconds, history, span);
    }

    /// <summary>
    /// Answers <paramref name="question"/> as a stream: text deltas as the answerer writes them
    /// (none from an answerer that cannot stream), then one update carrying the final
    /// <see cref="Answer"/>. <paramref name="history"/> gets the new turn when given.
    /// </summary>
    public async IAsyncEnumerable<AskUpdate> AskStreamingAsync(
        string question, ConversationHistory? history = null, AskOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var span = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.AskSpan);
        var prepared = await PrepareAsync(question, history, options, span, cancellationToken).ConfigureAwait(false);
        if (prepared.Refused is not null)
        {
            yield return new AskUpdate(null, prepared.Refused);
            yield break;
        }

        var clock = Stopwatch.StartNew();
        AnswerDraft? draft = null;
        using (var answerSpan = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.AnswerSpan))
        {
            if (answerer is IStreamingAnswerer streaming)
            {
                await foreach (var update in streaming.StreamAsync(prepared.Context!, cancellationToken).ConfigureAwait(false))
                {
                    if (update.Final is not null) draft = update.Final;
                    else if (!string.IsNullOrEmpty(update.Delta)) yield return new AskUpdate(update.Delta, null);
                }
            }

            draft ??= await answerer.AnswerAsync(prepared.Context!, cancellationToken).ConfigureAwait(false);
            Tag(answerSpan, draft);
        }

        yield return new AskUpdate(null, Complete(prepared, draft, clock.Elapsed.TotalMilliseconds, history, span));
    }

    /// <summary>Retrieves the passages for <paramref name="query"/>, best first, without answering.</summary>
    public async Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, int? topK = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(query, null, new AskOptions(TopK: topK), null, cancellationToken).ConfigureAwait(false);
        return prepared.Context?.Retrieved ?? [];
    }

    /// <summary>
    /// What the answerer would be given for <paramref name="question"/>, without answering it or adding a turn; null
    /// when the question is refused or asked back. Training reads the candidates' features from it.
    /// </summary>
    public async Task<AnswerContext?> ContextAsync(string question, ConversationHistory? history = null, CancellationToken cancellationToken = default) =>
        (await PrepareAsync(question, history, null, null, cancellationToken).ConfigureAwait(false)).Context;

    /// <summary>Guards, resolves, embeds and retrieves: everything before the answerer.</summary>
    private async Task<Prepared> PrepareAsync(string question, ConversationHistory? history, AskOptions? options, Activity? span, CancellationToken cancellationToken)
    {
        var verdict = QuestionGuard.Check(question);
        if (!verdict.Accepted)
        {
            Record(span, "refused", verdict.Refusal);
            return new Prepared(null, null, 0, 0, new Answer { Question = question ?? "", Result = verdict.Message!, NoResult = true, NoResultReason = verdict.Refusal });
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        // The model's vocabulary tells a typing slip, and a common word, from a name or a real word.
        var asking = Abbreviations.Expand(QuestionSentences.Extract(verdict.Question));
        var asked = NumberWords.ToDigits(tokenizer is null ? asking : QuestionSpelling.Correct(asking, index, tokenizer.IsWholeWord));
        var resolved = await _followUps.ResolveAsync(asked, history, cancellationToken).ConfigureAwait(false);
        // A follow-up is profiled as asked; the names it refers back to are features of their own.
        // Typed in lower case, a word is a name when the article always capitalises it and it is no common English word.
        var profile = QuestionProfiler.Profile(
            asked, index.Vocabulary.IsName, s => index.Vocabulary.IsName(s) && index.Vocabulary.IsAlwaysCapitalized(s) && tokenizer?.IsWholeWord(s) != true);
        // "When was he born?" asked first of a biography or an interview means the person the article is about.
        if (!resolved.IsFollowUp && profile.RefersBack && profile.Names.Count == 0 && !References.PointsInside(profile) && ArticleSubject.Of(index) is { } subject)
            resolved = new ResolvedQuestion($"{asked} ({subject})", true, [subject]);
        span?.SetTag("articleqa.follow_up", resolved.IsFollowUp);
        if (References.Clarification(profile, resolved) is { } clarification)
        {
            Record(span, "clarify", NoResultReasons.UnresolvedReference);
            return new Prepared(null, null, 0, 0, new Answer
            {
                Question = verdict.Question, Result = clarification, NoResult = true, NoResultReason = NoResultReasons.UnresolvedReference,
            });
        }

        var clock = Stopwatch.StartNew();
        string[] queries = resolved.IsFollowUp ? [model.QueryPrefix + resolved.Text, model.QueryPrefix + asked] : [model.QueryPrefix + resolved.Text];
        GeneratedEmbeddings<Embedding<float>> generated;
        using (ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.EmbedSpan))
            generated = await embeddings.GenerateAsync(queries, cancellationToken: cancellationToken).ConfigureAwait(false);
        var embedMs = clock.Elapsed.TotalMilliseconds;
        ArticleQATelemetry.EmbedDuration.Record(embedMs);

        clock.Restart();
        var queryStems = resolved.IsFollowUp ? TextAnalyzer.Stems(resolved.Text).ToList() : profile.Stems;
        double[] chunkSimilarity, sentenceSimilarity, resolvedSimilarity;
        IReadOnlyList<RetrievedPassage> retrieved;
        using (var retrieveSpan = ArticleQATelemetry.Source.StartActivity(ArticleQATelemetry.RetrieveSpan))
        {
            chunkSimilarity = await SimilarityAsync(indexProvider.Chunks, index.Chunks.Count, generated.Select(g => g.Vector), cancellationToken).ConfigureAwait(false);
            retrieved = options?.Ranker is { } ranker
                ? ranker.Rank(index, resolved.Text, options.TopK ?? retriever.Options.TopK)
                : retriever.Rank(index, queryStems, chunkSimilarity, options?.Mode, options?.TopK);
            sentenceSimilarity = await SimilarityAsync(indexProvider.Sentences, index.Sentences.Count, [generated[^1].Vector], cancellationToken).ConfigureAwait(false);
            resolvedSimilarity = resolved.IsFollowUp
                ? await SimilarityAsync(indexProvider.Sentences, index.Sentences.Count, [generated[0].Vector], cancellationToken).ConfigureAwait(false)
                : sentenceSimilarity;
            retrieveSpan?.SetTag("articleqa.retrieval.mode", (options?.Mode ?? RetrievalMode).ToString());
            retrieveSpan?.SetTag("articleqa.retrieved", retrieved.Count);
        }

        var retrieveMs = clock.Elapsed.TotalMilliseconds;
        ArticleQATelemetry.RetrieveDuration.Record(retrieveMs);

        var alignment = Align(generated[0], index);
        var context = new AnswerContext(
            verdict.Question, resolved.Text, profile, index, retrieved, sentenceSimilarity, resolvedSimilarity, chunkSimilarity,
            ContextParagraphs(history, resolved), resolved.CarriedNames, alignment);
        return new Prepared(context, resolved, embedMs, retrieveMs, null);
    }

    /// <summary>The resolved question's word pieces (after any query prefix) matched against every sentence's; null without token vectors.</summary>
    private TokenAlignment? Align(Embedding<float> question, ArticleIndex index)
    {
        if (tokenizer is null || TokenVectors.Of(question) is not { } tokens) return null;
        var sentences = index.Sentences;
        return TokenAlignment.Compute(tokens.Skip(_queryPrefixTokens), index.SentenceTokens, tokenizer.IsContent, (a, b) => sentences[a].Source == sentences[b].Source);
    }

    /// <summary>Wraps the answerer's draft into the answer and records the turn.</summary>
    private static Answer Complete(Prepared prepared, AnswerDraft draft, double answerMs, ConversationHistory? history, Activity? span)
    {
        ArticleQATelemetry.AnswerDuration.Record(answerMs, new KeyValuePair<string, object?>("articleqa.answerer", draft.Answerer));
        Record(span, draft.NoResultReason is null ? "answered" : "abstained", draft.NoResultReason);
        var context = prepared.Context!;
        var answer = new Answer
        {
            Question = context.Question,
            StandaloneQuestion = prepared.Resolved!.IsFollowUp ? prepared.Resolved.Text : null,
            Result = draft.Text,
            NoResult = draft.NoResultReason is not null,
            NoResultReason = draft.NoResultReason,
            Citations = draft.Citations,
            RelevantSources = Sources(context.Retrieved),
            Retrieved = context.Retrieved,
            Answerer = draft.Answerer,
            Notice = draft.Notice,
            Timings = new AnswerTimings(prepared.EmbedMs, prepared.RetrieveMs, answerMs),
        };
        history?.Add(Turn(answer, prepared.Resolved));
        return answer;
    }

    private static void Tag(Activity? answerSpan, AnswerDraft draft)
    {
        answerSpan?.SetTag("articleqa.answerer", draft.Answerer);
        answerSpan?.SetTag("articleqa.citations", draft.Citations.Count);
    }

    private static void Record(Activity? span, string outcome, string? reason)
    {
        ArticleQATelemetry.Questions.Add(1, new KeyValuePair<string, object?>("articleqa.outcome", outcome));
        span?.SetTag("articleqa.outcome", outcome);
        if (reason is not null) span?.SetTag("articleqa.no_result_reason", reason);
    }

    /// <summary>For every record of a collection (by position), its best cosine similarity to any of the vectors.</summary>
    /// <remarks>
    /// The answerer's features need a similarity for every sentence and chunk, not only the nearest few, so this is the
    /// store's own vector search asked for all <paramref name="count"/> records; the store computes the scores (with
    /// another store, one k-NN query with k = the collection's size). No copy of the vectors is kept outside it.
    /// </remarks>
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

    /// <summary>The work before answering: a context to answer from, or the refusal to return.</summary>
    private sealed record Prepared(AnswerContext? Context, ResolvedQuestion? Resolved, double EmbedMs, double RetrieveMs, Answer? Refused);

    private static List<SourceReference> Sources(IReadOnlyList<RetrievedPassage> retrieved) =>
        retrieved
            .GroupBy(p => p.Chunk.Source)
            .Select(g => new SourceReference(g.Key, g.Key, g.Select(p => new SourcePartition(
                p.Chunk.Text, Math.Round(p.Score, 6), p.Position, p.Chunk.Paragraph, p.Chunk.Start, p.Chunk.End)).ToList()))
            .ToList();
}

/// <summary>One step of <see cref="ArticleMemory.AskStreamingAsync"/>: a text delta, or the final answer.</summary>
/// <param name="Delta">Text to append to what was shown; null on the final update.</param>
/// <param name="Answer">The final answer, on the last update only.</param>
public sealed record AskUpdate(string? Delta, Answer? Answer);
