using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Scores every sentence of the article against a question and decides which ones actually
/// answer it: similar in meaning, mentioning the names asked about, covering what is asked
/// about them, and stating the kind of fact asked for (a number for "how many", …).
/// </summary>
public sealed class EvidenceScorer(AnswerOptions options)
{
    private static readonly HashSet<PartKind> Answerable =
        [PartKind.Title, PartKind.Byline, PartKind.Dateline, PartKind.Standfirst, PartKind.Body, PartKind.Caption];

    /// <summary>Evidence for every answerable sentence, best first.</summary>
    public IReadOnlyList<SentenceEvidence> Score(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        var analysis = context.Analysis;
        var lexical = index.SentenceLexicon.Score(analysis.Stems);
        var maxLexical = Math.Max(lexical.DefaultIfEmpty(0).Max(), 1e-9);
        var focusWeights = Weights(index, analysis.Focus);
        var chunkRank = ChunkRanks(context);

        var evidence = new List<SentenceEvidence>(index.Sentences.Count);
        foreach (var sentence in index.Sentences)
        {
            if (!Answerable.Contains(sentence.Kind)) continue;
            var i = sentence.Index;
            var similarity = context.SentenceSimilarity[i];
            var paragraph = ParagraphStems(index, sentence);
            var focus = Coverage(focusWeights, index.SentenceStems[i], paragraph);
            var entities = Coverage(analysis.Entities.ToDictionary(e => e, _ => 1.0), index.SentenceStems[i], paragraph, inParagraph: 0.8);
            var typeMatches = SentenceFacts.CanAnswer(sentence.Text, analysis.Type);
            var inContext = context.ContextParagraphs.Contains((sentence.Source, sentence.Paragraph));
            var rank = chunkRank.GetValueOrDefault(i);

            var score = (0.45 * similarity) + (0.15 * lexical[i] / maxLexical) + (0.2 * focus) + (0.2 * entities)
                        + (rank > 0 ? 0.05 / rank : 0) + (inContext ? 0.05 : 0) - (typeMatches ? 0 : 0.2);
            var answers = typeMatches
                          && similarity >= options.MinSimilarity
                          && entities >= 0.5
                          && (focus >= options.MinFocusCoverage || similarity >= options.ParaphraseSimilarity);
            evidence.Add(new SentenceEvidence(sentence, score, similarity, lexical[i] / maxLexical, focus, entities, typeMatches, answers));
        }

        evidence.Sort((a, b) => b.Score.CompareTo(a.Score));
        return evidence;
    }

    /// <summary>Rarity weights of stems; a stem the corpus lacks weighs as much as the rarest one.</summary>
    private static Dictionary<string, double> Weights(ArticleIndex index, IEnumerable<string> stems)
    {
        var rarest = Math.Log(1 + (index.Sentences.Count + 0.5) / 1.5);
        return stems.ToDictionary(s => s, s => index.Vocabulary.Contains(s) ? Math.Max(index.SentenceLexicon.Idf(s), 0.1) : rarest);
    }

    private static double Coverage(IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> sentence, IReadOnlySet<string> paragraph, double inParagraph = 0.5)
    {
        if (weights.Count == 0) return 1;
        double covered = 0, total = 0;
        foreach (var (stem, weight) in weights)
        {
            total += weight;
            if (sentence.Contains(stem)) covered += weight;
            else if (paragraph.Contains(stem)) covered += weight * inParagraph;
        }

        return covered / total;
    }

    private static HashSet<string> ParagraphStems(ArticleIndex index, Sentence sentence)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in index.ParagraphOf(sentence)) stems.UnionWith(index.SentenceStems[other.Index]);
        return stems;
    }

    /// <summary>For each sentence inside a retrieved chunk, the best rank of such a chunk.</summary>
    private static Dictionary<int, int> ChunkRanks(AnswerContext context)
    {
        var ranks = new Dictionary<int, int>();
        foreach (var passage in context.Retrieved)
            for (var s = passage.Chunk.FirstSentence; s <= passage.Chunk.LastSentence; s++)
                if (!ranks.ContainsKey(s)) ranks[s] = passage.Rank;
        return ranks;
    }
}
