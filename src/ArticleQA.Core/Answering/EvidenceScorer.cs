using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// Scores every sentence of the article against a question and decides which ones actually
/// answer it: similar in meaning, mentioning the names asked about, covering what is asked
/// about them, and stating the kind of fact asked for (a number for "how many", …).
/// </summary>
public sealed partial class EvidenceScorer(AnswerOptions options)
{
    // A sentence that mostly repeats the question (a headline restating it) loses up to 0.15.
    private const double MinNovelty = 0.5;
    private const double EchoPenalty = 0.3;

    // Paragraphs after a speaker's introduction that may still quote the speaker.
    private const int MaxQuoteRun = 3;

    // A sentence with every name asked and this share of the other words asked may answer in different wording.
    private const double NamedFocusCoverage = 0.5;

    // The headline and standfirst sum the article up; a fact asked for is stated in the body.
    private const double HeadlinePenalty = 0.1;

    // A caption gains this much when the question is about a photo.
    private const double PhotoCaptionBonus = 0.2;

    // A speaker's introduction loses this much unless the question asks who the speaker is.
    private const double IntroductionPenalty = 0.1;

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
        // A question after one fact (how many, when, who, "what is X's …") must match what it asks about.
        var factoid = analysis.Type is AnswerType.Number or AnswerType.Time or AnswerType.Person || QuestionAnalyzer.AsksForAttribute(analysis.Text);
        // Only the distinctive words of a carried name identify it: "Xiaomi", not "National" nor a figure like "79".
        var carried = PeopleReferredTo(context)
            .Select(n => TextAnalyzer.Stems(n).Where(s => !AskedName.IsFigure(s) && index.Vocabulary.TextFrequency(s) is > 0 and <= 3).ToList())
            .Where(n => n.Count > 0)
            .ToList();

        var traits = Traits.GetValue(index, ComputeTraits);
        var places = PlaceNames.GetValue(index, ComputePlaceNames);
        // "Which city …" is not answered by a province.
        var placeKind = PlaceKindAsked().Match(analysis.Text.ToLowerInvariant()) is { Success: true } kind ? kind.Groups["kind"].Value : null;
        // A speaker's introduction answers who they are, not what they said.
        // Twice that when the question asks what the speaker said.
        var askedWhatWasSaid = AsksWhatWasSaid().IsMatch(analysis.Text);
        var introductionPenalty = AsksAboutRole(analysis) ? 0 : askedWhatWasSaid ? 2 * IntroductionPenalty : IntroductionPenalty;
        var counted = Counting.CountedNoun(analysis.Text);
        var aboutPhotos = MetaQuestion.AsksAboutPhotos(analysis.Text);
        // "Who took the photo?": the caption's credit line says, so the caption answers.
        var photoCredit = MetaQuestion.AsksForPhotoCredit(analysis.Text);
        // "What country is her company from?": "the Swedish company" says.
        var asksCountry = analysis.Type == AnswerType.Place && Demonyms.AsksForCountry(analysis.Text);
        var figures = QuestionFigures.Of(analysis.Text);
        var excludedCountries = OtherCountries.Excluded(analysis.Text);
        // "How old is Lei Jun?" needs an age, not any figure.
        var asksAge = SentenceFacts.AsksForAge(analysis.Text);
        // "How much did Zhejiang spend on R&D?" needs an amount of money, not a count of labs.
        var asksMoney = SentenceFacts.AsksForMoney(analysis.Text);
        var comparative = Comparison.AsksToCompare(analysis.Text);
        // "Who said …?" is answered by a quote whose speaker is named nearby.
        var whoSaid = analysis.Type == AnswerType.Person && Attribution.AsksWhoSaid(analysis.Text);
        // Numbers in a question may be a false premise to correct ("500 billion, right?"), so they are not required.
        var named = analysis.Names.Where(n => !n.All(AskedName.IsFigure)).Select(n => (Stems: n, Name: new AskedName(n, index.Vocabulary.IsAlwaysCapitalized))).ToList();
        var names = named.Select(n => n.Name).ToList();
        var readings = AlternativeNames.Readings(analysis.Text, named);
        // "What is Roland Berger?": the sentence naming it is the answer, however far its wording.
        var definition = analysis.Focus.Count == 0 && names.Count > 0;
        // "What does the number 220 refer to?": the sentence stating the figure is the answer.
        var figureDefinition = QuestionFigures.AsksWhatAFigureMeans(analysis.Text);
        // Words of another language match nothing here; only a close paraphrase in meaning can answer.
        var english = Language.LooksEnglish(analysis.Text);
        var asked = analysis.Stems.SelectMany(Synonyms.Of).ToHashSet(StringComparer.Ordinal);

        var evidence = new List<SentenceEvidence>(index.Sentences.Count);
        foreach (var sentence in index.Sentences)
        {
            if (!Answerable.Contains(sentence.Kind)) continue;
            var i = sentence.Index;
            var own = context.SentenceSimilarity[i];
            // A sentence inside a quotation often matches only with its paragraph around it.
            var around = index.ChunksOfSentence[i].Select(c => context.ChunkSimilarity[c]).DefaultIfEmpty(own).Max();
            var similarity = Math.Max(own, around);
            var paragraph = index.ParagraphStems(sentence);
            var focus = Coverage(focusWeights, index.SentenceStems[i], paragraph);
            // The paragraph before, and the introduction of the speaker a quotation runs on from.
            var previous = traits[i].Before;
            // "China's R&D intensity vs the EU" asks about the yardstick too.
            var stated = comparative ? traits[i].Words : traits[i].Stated;
            var entities = readings.Max(r => AskedName.StatedCoverage(r, stated, traits[i].Words, paragraph, previous));
            var typeMatches = ((SentenceFacts.CanAnswer(sentence.Text, analysis.Type)
                                && (analysis.Type != AnswerType.Person || SentenceFacts.NamesSomeoneBesides(sentence.Text, analysis.Entities)))
                               || (whoSaid && Attribution.NamingSentence(index, sentence) is not null)
                               || (photoCredit && sentence.Kind == PartKind.Caption)
                               || (asksCountry && Demonyms.AppearsIn(sentence.Text))
                               || (analysis.Type == AnswerType.Place && places.Any(p => p.Value == (placeKind ?? p.Value) && traits[i].Words.Contains(p.Key))))
                              && (counted is null || Counting.Counts(sentence.Text, counted))
                              && figures.StatedIn(sentence.Text, paragraph)
                              && (analysis.Type != AnswerType.Number || figures.StatesAnotherQuantity(sentence.Text))
                              && figures.CountsWhatIsConfirmed(sentence.Text)
                              && (excludedCountries is null || OtherCountries.NamesAnother(index.SentenceStems[i], excludedCountries))
                              && (!asksAge || SentenceFacts.StatesAge(sentence.Text))
                              && (!asksMoney || SentenceFacts.StatesMoney(sentence.Text));
            var inContext = context.ContextParagraphs.Contains((sentence.Source, sentence.Paragraph));
            var rank = chunkRank.GetValueOrDefault(i);

            // A question about a photo is answered by a caption, whatever its wording.
            var photoCaption = aboutPhotos && sentence.Kind == PartKind.Caption;
            var score = (photoCaption ? PhotoCaptionBonus : 0) + (0.3 * own) + (0.25 * around) + (0.15 * lexical[i] / maxLexical) + (0.2 * focus) + (0.1 * entities)
                        + (rank > 0 ? 0.05 / rank : 0) + (inContext ? 0.05 : 0) - (typeMatches ? 0 : 0.2)
                        - (EchoPenalty * Math.Max(0, MinNovelty - Novelty(asked, index.SentenceStems[i])))
                        - (traits[i].IntroducesSpeaker ? introductionPenalty : 0)
                        - (sentence.Kind is PartKind.Title or PartKind.Standfirst ? HeadlinePenalty : 0);
            // A sentence that holds every word asked about may answer even when its wording is far.
            var answers = typeMatches
                          && (english || similarity >= options.ParaphraseSimilarity)
                          && (similarity >= options.MinSimilarity || (focus >= 0.99 && analysis.Focus.Count > 0) || (definition && entities >= 0.99) || photoCaption || figureDefinition
                              || (names.Count > 0 && analysis.Focus.Count > 0 && entities >= 0.9 && focus >= NamedFocusCoverage))
                          && entities >= options.MinEntityCoverage
                          && RefersToCarriedName(carried, index.SentenceStems[i], paragraph, previous)
                          && (factoid && !QuotesTheSpeakerAsked(context, sentence, askedWhatWasSaid)
                              ? focus >= options.MinFocusCoverage || similarity >= options.ParaphraseSimilarity || photoCaption
                              : similarity >= options.TopicSimilarity || focus >= options.MinFocusCoverage || photoCaption || figureDefinition);
            evidence.Add(new SentenceEvidence(sentence, score, similarity, lexical[i] / maxLexical, focus, entities, typeMatches, answers));
        }

        evidence.Sort((a, b) => b.Score.CompareTo(a.Score));
        return evidence;
    }

    /// <summary>Places the article names as such ("Zhejiang province", "Chengdu city"), computed once per index.</summary>
    private static readonly ConditionalWeakTable<ArticleIndex, IReadOnlyDictionary<string, string>> PlaceNames = new();

    // "As a … hub, Zhejiang has …" names a province though it does not say so there: place stems and their kind.
    private static IReadOnlyDictionary<string, string> ComputePlaceNames(ArticleIndex index)
    {
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in index.Sentences.SelectMany(s => PlaceName().Matches(s.Text)))
            places.TryAdd(Stemmer.Stem(match.Groups["name"].Value.ToLowerInvariant()), match.Groups["kind"].Value);
        return places;
    }

    [GeneratedRegex(@"\b(?<name>\p{Lu}\p{Ll}+) (?<kind>province|city)\b")]
    private static partial Regex PlaceName();

    [GeneratedRegex(@"\b(which|what|in what) (?<kind>province|city)\b")]
    private static partial Regex PlaceKindAsked();

    /// <summary>What each sentence of an index is like, computed once per index.</summary>
    private static readonly ConditionalWeakTable<ArticleIndex, IReadOnlyList<SentenceTraits>> Traits = new();

    private static IReadOnlyList<SentenceTraits> ComputeTraits(ArticleIndex index)
    {
        var traits = new List<SentenceTraits>(index.Sentences.Count);
        Sentence? speaker = null;
        foreach (var sentence in index.Sentences)
        {
            var introduces = SpeakerIntroduction.Matches(sentence.Text);
            if (introduces) speaker = sentence;
            // Quotes run on for a few paragraphs after the speaker is introduced ("…," he added).
            var introduction = speaker is not null && speaker.Source == sentence.Source && sentence.Paragraph - speaker.Paragraph is > 1 and <= MaxQuoteRun
                ? index.SentenceStems[speaker.Index]
                : null;
            var previous = index.PreviousParagraphStems(sentence);
            var before = introduction is null ? previous : previous.Union(introduction).ToHashSet(StringComparer.Ordinal);
            // A caption's credit line names the agency the photo is from: "the Xinhua photo" is this caption.
            var words = index.CreditOf(sentence) is { } credit
                ? index.SentenceStems[sentence.Index].Union(index.SentenceStems[credit.Index]).ToHashSet(StringComparer.Ordinal)
                : index.SentenceStems[sentence.Index];
            traits.Add(new SentenceTraits(words, Comparison.StatedStems(sentence.Text, words), introduces, before));
        }

        return traits;
    }

    /// <summary>
    /// What a sentence states outside its comparisons, whether it introduces a speaker, and the
    /// words just before it: the paragraph before and the introduction of the speaker it may quote.
    /// </summary>
    private sealed record SentenceTraits(IReadOnlySet<string> Words, IReadOnlySet<string> Stated, bool IntroducesSpeaker, IReadOnlySet<string> Before);

    /// <summary>True when the question asks who someone is or what their role is, which a speaker's introduction answers.</summary>
    internal static bool AsksAboutRole(QuestionAnalysis analysis) =>
        analysis.Type == AnswerType.Person
        || (analysis.Focus.Count == 0 && analysis.Names.Count > 0)
        || (analysis.Focus.Overlaps(RoleWords) && !AsksWhatWasSaid().IsMatch(analysis.Text));

    // "What steps does the head of the institutes say are required?" asks what the head said, not who heads it.
    [GeneratedRegex(@"\b(say|says|said|think|thinks|believe|believes|argue|argues|stress|stresses|want|wants|suggest|suggests|propose|proposes|recommend|recommends|urge|urges)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatWasSaid();

    private static readonly HashSet<string> RoleWords =
        new[] { "role", "job", "position", "post", "title", "occupation", "institution", "institute", "lead", "head", "employer", "work" }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Share of a sentence's words that the question does not already say: an answer tells something new.</summary>
    private static double Novelty(HashSet<string> asked, IReadOnlySet<string> sentence) =>
        sentence.Count == 0 ? 0 : sentence.Count(s => !asked.Contains(s)) / (double)sentence.Count;

    /// <summary>Rarity weights of stems; a stem the corpus lacks weighs more than the rarest one, as it is likely what is asked.</summary>
    private static Dictionary<string, double> Weights(ArticleIndex index, IEnumerable<string> stems)
    {
        var rarest = 1.5 * Math.Log(1 + (index.Sentences.Count + 0.5) / 1.5);
        return stems.ToDictionary(s => s, s => index.Vocabulary.Contains(s) ? Math.Max(index.SentenceLexicon.Idf(s), 0.1) : rarest);
    }

    private static double Coverage(IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> sentence, IReadOnlySet<string> paragraph, double inParagraph = 0.5)
    {
        if (weights.Count == 0) return 1;
        double covered = 0, total = 0;
        foreach (var (stem, weight) in weights)
        {
            total += weight;
            if (Covers(stem, sentence)) covered += weight;
            else if (Covers(stem, paragraph)) covered += weight * inParagraph;
        }

        return covered / total;
    }

    /// <summary>A word asked is covered by itself, a synonym, or for "country" by a country named ("Swedish").</summary>
    private static bool Covers(string stem, IReadOnlySet<string> stems) =>
        Synonyms.Of(stem).Overlaps(stems) || (Demonyms.IsCountryNoun(stem) && Demonyms.NameACountry(stems));

    /// <summary>
    /// A follow-up must stay with what it refers to: one of the carried names (any of its words)
    /// in the sentence, its paragraph, or the paragraph before (quotes run on: "…," he said).
    /// </summary>
    private static bool RefersToCarriedName(List<List<string>> carried, IReadOnlySet<string> sentence, IReadOnlySet<string> paragraph, IReadOnlySet<string> previous) =>
        carried.Count == 0 || carried.Any(name => name.Any(stem => sentence.Contains(stem) || paragraph.Contains(stem) || previous.Contains(stem)));

    /// <summary>
    /// True when a follow-up asks what the person it refers to said ("What milestone did he say …?") and the sentence
    /// quotes that person: what a speaker said is answered in their words, which seldom repeat the question's.
    /// </summary>
    private static bool QuotesTheSpeakerAsked(AnswerContext context, Sentence sentence, bool askedWhatWasSaid) =>
        askedWhatWasSaid
        && Attribution.NamingSentence(context.Index, sentence) is { } introduction
        && introduction != sentence
        && context.CarriedNames.Contains(Attribution.SpeakerName(introduction), StringComparer.Ordinal);

    /// <summary>
    /// The carried names a follow-up refers to: "he" or "her" means the person among them ("Guo Guoping"), not the
    /// lab he works at, whose words ("Quantum") would let a photo of a quantum computer pass for what he said.
    /// </summary>
    private static IEnumerable<string> PeopleReferredTo(AnswerContext context)
    {
        if (!PersonalPronoun().IsMatch(context.Analysis.Text)) return context.CarriedNames;
        var speakers = Attribution.SpeakerNames(context.Index);
        var people = context.CarriedNames.Where(speakers.Contains).ToList();
        return people.Count > 0 ? people : context.CarriedNames;
    }

    // "his company" refers to the company, which the carried names also hold.
    [GeneratedRegex(@"\b(he|she|him|hers)\b|\b(his|her)\b(?!( own)? (company|company's|firm|employer|group|organi[sz]ation|institutes?|university|lab|province|country|team|business)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPronoun();

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
