using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// The features of every candidate sentence for one question, the ranker's input. None names an
/// article: they measure meaning (dense similarities), words (BM25, stemmed coverage with
/// synonyms), word-by-word alignment of the question's word pieces (<see cref="TokenAlignment"/>;
/// -1 when the model gives no token vectors), the kind of fact asked against the facts stated, names, figures, the places in an order asked and stated
/// (<see cref="RankWords"/>), the part of the article, position, quotation, the neighbouring sentences and the conversation.
/// Training and answering both compute them here, so the two cannot drift apart.
/// </summary>
public static class CandidateFeatures
{
    private static readonly AnswerKind[] Kinds = Enum.GetValues<AnswerKind>();

    private static readonly PartKind[] Parts = [PartKind.Title, PartKind.Byline, PartKind.Dateline, PartKind.Standfirst, PartKind.Caption, PartKind.Body, PartKind.Heading];

    /// <summary>The features' names, in the order of each vector; the model file lists the same.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>Sentences of these parts can answer; credit lines and contact addresses cannot.</summary>
    public static bool IsCandidate(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Array.IndexOf(Parts, sentence.Kind) >= 0;
    }

    private static List<string> BuildNames()
    {
        var names = new List<string>();
        names.AddRange(Kinds.Select(k => $"q_kind_{k.ToString().ToLowerInvariant()}"));
        names.AddRange([
            "q_about_article", "q_who_said", "q_refers_back", "q_follow_up", "q_focus_terms", "q_names", "q_names_missing", "q_focus_missing",
            "q_figures", "q_figures_missing", "q_max_sim", "q_max_cover", "q_sim_margin", "q_kind_stated", "q_key_missing",
            "q_tok_article_mean", "q_tok_article_min", "q_tok_best_min", "q_tok_best_weighted", "q_tok_article_second_min",
            "sim", "sim_resolved", "sim_chunk", "sim_gap", "sim_rank", "sim_neighbour",
            "tok_mean", "tok_min", "tok_weighted", "tok_min_gap", "tok_weighted_gap", "tok_second_min", "tok_window", "tok_window_gap", "tok_rank",
            "bm25", "bm25_rank", "cover", "cover_gap", "cover_key", "cover_paragraph", "cover_previous", "cover_next",
            "names_cover", "names_cover_paragraph", "names_cover_near", "figures_in", "novelty", "kind_match",
            "s_number", "s_year", "s_date", "s_time", "s_money", "s_percent", "s_duration", "s_age", "s_person", "s_organisation",
            "s_place", "s_quote", "s_speech", "s_names",
        ]);
        names.AddRange(["s_rank", "rank_match"]);
        names.AddRange(Parts.Select(p => $"part_{p.ToString().ToLowerInvariant()}"));
        names.AddRange(["part_asked", "position", "first_in_paragraph", "length", "in_context", "carried_near", "retrieved_rank"]);
        return names;
    }

    /// <summary>One feature vector per candidate sentence of <paramref name="context"/>, with the sentence it describes.</summary>
    /// <param name="context">The question and the article.</param>
    /// <param name="excluded">
    /// Sentence indexes to treat as absent: they are not candidates, and the features that compare a candidate with the
    /// others (best similarity, ranks, gaps, neighbours) are computed without them. Training uses this to show the ranker
    /// a question whose answer the article lacks while the rest of its topic is there; answering passes none.
    /// </param>
    public static IReadOnlyList<(Sentence Sentence, float[] Features)> Compute(AnswerContext context, IReadOnlySet<int>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        var profile = context.Profile;
        var sentences = index.Sentences;
        var absent = excluded ?? EmptyIndexes;
        var candidates = sentences.Where(s => IsCandidate(s) && !absent.Contains(s.Index)).ToList();
        if (candidates.Count == 0) return [];

        var focus = Weights(index, profile.Focus);
        var names = profile.Names.Where(n => n.Count > 0).ToList();
        var lexical = index.SentenceLexicon.Score(profile.Stems);
        var maxLexical = Math.Max(candidates.Max(s => lexical[s.Index]), 1e-9);
        var maxSim = candidates.Max(s => context.SentenceSimilarity[s.Index]);
        // Each focus word's synonyms looked up once per question, not once per sentence it is sought in.
        var focusGroups = focus.Select(f => (Group: Synonyms.Of(f.Key), Weight: f.Value)).ToArray();
        var cover = candidates.ToDictionary(s => s.Index, s => Coverage(focusGroups, index.SentenceStems[s.Index]));
        var maxCover = cover.Values.Max();
        var simRank = Ranks(candidates, s => context.SentenceSimilarity[s.Index]);
        var lexicalRank = Ranks(candidates, s => lexical[s.Index]);
        var retrievedRank = RetrievedRanks(context);
        var carried = CarriedStems(context);
        var asked = profile.Stems.SelectMany(Synonyms.Of).ToHashSet(StringComparer.Ordinal);
        var (firstSim, secondSim) = TopTwo(candidates, context.SentenceSimilarity);
        var aligned = context.Alignment is { } a ? new Aligned(a, candidates) : null;
        // The question's rarest focus word, likely what it turns on ("how many *goals*").
        var key = focus.Count == 0 ? null : focus.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        var keyGroup = key is null ? null : Synonyms.Of(key);

        var question = new List<float>();
        question.AddRange(Kinds.Select(k => profile.Kind == k ? 1f : 0f));
        question.AddRange([
            profile.AboutArticle ? 1 : 0, profile.AsksWhoSaid ? 1 : 0, profile.RefersBack ? 1 : 0, context.CarriedNames.Count > 0 ? 1 : 0,
            profile.Focus.Count, names.Count,
            names.Count == 0 ? 0 : names.Count(n => !n.All(index.Vocabulary.Contains)) / (float)names.Count,
            (float)Missing(focusGroups, index),
            profile.Figures.Count,
            profile.Figures.Count == 0 ? 0 : profile.Figures.Count(f => !index.Figures.Contains(f)) / (float)profile.Figures.Count,
            (float)maxSim, (float)maxCover,
            candidates.Count > 1 ? (float)(firstSim - secondSim) : 0,
            candidates.Count(s => index.Facts[s.Index].States(profile.Kind)) / (float)candidates.Count,
            keyGroup is null ? 0 : keyGroup.Any(index.Vocabulary.Contains) ? 0 : 1,
        ]);
        Aligned.AddQuestion(question, aligned);
        var questionFeatures = question.ToArray();

        var result = new List<(Sentence, float[])>(candidates.Count);
        foreach (var sentence in candidates)
        {
            var i = sentence.Index;
            var stems = index.SentenceStems[i];
            var paragraph = index.ParagraphStems(sentence);
            var previous = i > 0 && sentences[i - 1].Source == sentence.Source && !absent.Contains(i - 1) ? index.SentenceStems[i - 1] : EmptyStems;
            var next = i + 1 < sentences.Count && sentences[i + 1].Source == sentence.Source && !absent.Contains(i + 1) ? index.SentenceStems[i + 1] : EmptyStems;
            var near = index.PreviousParagraphStems(sentence);
            var facts = index.Facts[i];
            var sim = context.SentenceSimilarity[i];
            var chunkSim = index.ChunksOfSentence[i].Select(c => context.ChunkSimilarity[c]).DefaultIfEmpty(sim).Max();
            var neighbourSim = Math.Max(
                i > 0 && !absent.Contains(i - 1) ? context.SentenceSimilarity[i - 1] : -1,
                i + 1 < sentences.Count && !absent.Contains(i + 1) ? context.SentenceSimilarity[i + 1] : -1);
            var figuresIn = profile.Figures.Count == 0 ? 0 : profile.Figures.Count(f => index.FiguresOf(i).Contains(f)) / (float)profile.Figures.Count;

            var features = new FeatureRow(Names.Count);
            features.Add(questionFeatures);
            features.Add(
                (float)sim, (float)context.ResolvedSimilarity[i], (float)chunkSim, (float)(sim - maxSim), 1f / simRank[i], (float)neighbourSim);
            Aligned.AddSentence(features, aligned, i);
            features.Add(
                (float)(lexical[i] / maxLexical), 1f / lexicalRank[i],
                (float)cover[i], (float)(cover[i] - maxCover), keyGroup is null ? -1 : HoldsAny(stems, keyGroup) ? 1 : 0,
                (float)Coverage(focusGroups, paragraph), (float)Coverage(focusGroups, previous), (float)Coverage(focusGroups, next),
                NamesCovered(names, stems), NamesCovered(names, paragraph), NamesCovered(names, near),
                figuresIn, (float)Novelty(asked, stems), facts.States(profile.Kind) ? 1 : 0,
                B(facts.Number), B(facts.Year), B(facts.Date), B(facts.Time), B(facts.Money), B(facts.Percent), B(facts.Duration), B(facts.Age),
                B(facts.Person), B(facts.Organisation), B(facts.Place), B(facts.Quote), B(facts.Speech), facts.Names);
            // A superlative or ordinal asked ("ranked first", "the largest") against the ones the sentence states.
            var ranks = index.RanksOf(i);
            features.Add(ranks.Count > 0 ? 1 : 0, profile.Places.Count == 0 ? -1 : profile.Places.Overlaps(ranks) ? 1 : 0);
            foreach (var part in Parts) features.Add(sentence.Kind == part ? 1f : 0f);
            features.Add(
                profile.AskedParts.Count == 0 ? -1 : profile.AskedParts.Contains(sentence.Kind) ? 1 : 0,
                sentences.Count <= 1 ? 0 : i / (float)(sentences.Count - 1),
                i == 0 || sentences[i - 1].Paragraph != sentence.Paragraph || sentences[i - 1].Kind != sentence.Kind ? 1 : 0,
                sentence.Text.Length / 200f,
                context.ContextParagraphs.Contains((sentence.Source, sentence.Paragraph)) ? 1 : 0,
                carried.Count == 0 ? -1 : carried.Any(s => stems.Contains(s) || paragraph.Contains(s) || near.Contains(s)) ? 1 : 0,
                retrievedRank.TryGetValue(i, out var rank) ? 1f / rank : 0);
            result.Add((sentence, features.Done()));
        }

        return result;
    }

    private static readonly IReadOnlySet<string> EmptyStems = new HashSet<string>();

    private static readonly IReadOnlySet<int> EmptyIndexes = new HashSet<int>();

    /// <summary>
    /// The word-piece alignment of one question with the best of it over the candidates; writes the alignment
    /// features, or -1 for each when the model gave no token vectors.
    /// </summary>
    private sealed class Aligned(TokenAlignment alignment, List<Sentence> candidates)
    {
        private const int QuestionFeatures = 5;
        private const int SentenceFeatures = 9;

        private readonly TokenAlignment _alignment = alignment;
        private readonly double _bestMin = candidates.Max(s => alignment.Min[s.Index]);
        private readonly double _bestWeighted = candidates.Max(s => alignment.Weighted[s.Index]);
        private readonly double _bestWindow = candidates.Max(s => alignment.Window[s.Index]);
        private readonly Dictionary<int, int> _rank = Ranks(candidates, s => alignment.Weighted[s.Index]);

        public static void AddQuestion(List<float> features, Aligned? aligned)
        {
            if (aligned is null)
            {
                features.AddRange(Enumerable.Repeat(-1f, QuestionFeatures));
                return;
            }

            var a = aligned._alignment;
            features.AddRange([(float)a.ArticleMean, (float)a.ArticleMin, (float)aligned._bestMin, (float)aligned._bestWeighted, (float)a.ArticleSecondMin]);
        }

        public static void AddSentence(FeatureRow features, Aligned? aligned, int i)
        {
            if (aligned is null)
            {
                features.Repeat(-1f, SentenceFeatures);
                return;
            }

            var a = aligned._alignment;
            features.Add(
                (float)a.Mean[i], (float)a.Min[i], (float)a.Weighted[i], (float)(a.Min[i] - aligned._bestMin), (float)(a.Weighted[i] - aligned._bestWeighted),
                (float)a.SecondMin[i], (float)a.Window[i], (float)(a.Window[i] - aligned._bestWindow), 1f / aligned._rank[i]);
        }
    }

    private static float B(bool value) => value ? 1 : 0;

    /// <summary>The highest and second-highest similarity of the candidates (equal when two share the highest).</summary>
    private static (double First, double Second) TopTwo(List<Sentence> candidates, IReadOnlyList<double> similarity)
    {
        double first = double.NegativeInfinity, second = double.NegativeInfinity;
        foreach (var sentence in candidates)
        {
            var value = similarity[sentence.Index];
            if (value > first) (first, second) = (value, first);
            else if (value > second) second = value;
        }

        return (first, second);
    }

    /// <summary>Rarity weights of stems; a stem the article lacks weighs as the rarest, as it is likely what is asked.</summary>
    private static Dictionary<string, double> Weights(ArticleIndex index, IEnumerable<string> stems)
    {
        var rarest = Math.Log(1 + ((index.Sentences.Count + 0.5) / 1.5));
        return stems.Distinct().ToDictionary(s => s, s => index.Vocabulary.Contains(s) ? Math.Max(index.SentenceLexicon.Idf(s), 0.1) : rarest);
    }

    /// <summary>Weighted share of the question's focus words a set of stems has, each word or a synonym of it.</summary>
    private static double Coverage((IReadOnlySet<string> Group, double Weight)[] focus, IReadOnlySet<string> stems)
    {
        if (focus.Length == 0) return 0;
        double covered = 0, total = 0;
        foreach (var (group, weight) in focus)
        {
            total += weight;
            if (HoldsAny(stems, group)) covered += weight;
        }

        return covered / total;
    }

    // Whether the stems hold any of the group: the group (a word and its few synonyms) is the short side to walk.
    private static bool HoldsAny(IReadOnlySet<string> stems, IReadOnlySet<string> group)
    {
        foreach (var stem in group)
            if (stems.Contains(stem)) return true;
        return false;
    }

    /// <summary>Weighted share of the focus words that no sentence of the article has, nor a synonym.</summary>
    private static double Missing((IReadOnlySet<string> Group, double Weight)[] focus, ArticleIndex index)
    {
        if (focus.Length == 0) return 0;
        double missing = 0, total = 0;
        foreach (var (group, weight) in focus)
        {
            total += weight;
            if (!group.Any(index.Vocabulary.Contains)) missing += weight;
        }

        return missing / total;
    }

    private static float NamesCovered(IReadOnlyList<IReadOnlyList<string>> names, IReadOnlySet<string> stems) =>
        names.Count == 0 ? 0 : names.Count(n => n.All(s => stems.Contains(s) || Demonyms.Contains(stems, s))) / (float)names.Count;

    /// <summary>Share of a sentence's words the question (<paramref name="asked"/>: its stems and their synonyms) does not already say.</summary>
    private static double Novelty(HashSet<string> asked, IReadOnlySet<string> stems) =>
        stems.Count == 0 ? 0 : stems.Count(s => !asked.Contains(s)) / (double)stems.Count;

    /// <summary>1-based rank of each candidate by a score, best first; ties share the better rank.</summary>
    private static Dictionary<int, int> Ranks(List<Sentence> candidates, Func<Sentence, double> score)
    {
        var ordered = candidates.Select(s => (s.Index, Score: score(s))).OrderByDescending(x => x.Score).ThenBy(x => x.Index).ToList();
        var ranks = new Dictionary<int, int>(ordered.Count);
        for (var r = 0; r < ordered.Count; r++)
            ranks[ordered[r].Index] = r > 0 && ordered[r].Score == ordered[r - 1].Score ? ranks[ordered[r - 1].Index] : r + 1;
        return ranks;
    }

    private static Dictionary<int, int> RetrievedRanks(AnswerContext context)
    {
        var ranks = new Dictionary<int, int>();
        foreach (var passage in context.Retrieved)
            for (var s = passage.Chunk.FirstSentence; s <= passage.Chunk.LastSentence; s++)
                ranks.TryAdd(s, passage.Rank);
        return ranks;
    }

    /// <summary>The distinctive stems of the names a follow-up refers back to (rare in the article, no figures).</summary>
    private static List<string> CarriedStems(AnswerContext context) =>
        context.CarriedNames
            .SelectMany(TextAnalyzer.Stems)
            .Where(s => !s.Any(char.IsDigit) && context.Index.Vocabulary.TextFrequency(s) is > 0 and <= 3)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
