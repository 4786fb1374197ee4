using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Answering;

/// <summary>
/// The default answerer: no model server, no key. It quotes the one to three sentences of the
/// article that best answer the question, each followed by its <c>[n]</c> marker, and abstains
/// when no sentence passes the checks of <see cref="EvidenceScorer"/>.
/// </summary>
public sealed partial class ExtractiveAnswerer(IOptions<AnswerOptions> options) : IAnswerer
{
    /// <summary>The name results carry for this answerer.</summary>
    public const string Name = "extractive";

    // A further sentence joins the answer only when it scores nearly as well as the best one.
    private const double AdditionalSentenceShare = 0.85;

    // The sentence next to the best one joins at a lower score when it says something asked that the best one lacks.
    private const double CompletingSentenceShare = 0.7;

    // Lower still when it runs on from the best one ("… This will enable us to …").
    private const double RunOnSentenceShare = 0.6;

    // Lowest for the sentence after a claim a why-question restates, which often gives the reason.
    private const double ReasonSentenceShare = 0.55;

    // Room for " [n]" after a quote.
    private const int MarkerRoom = 5;

    /// <inheritdoc />
    public Task<AnswerDraft> AnswerAsync(AnswerContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(context));

    /// <summary>Answers synchronously; the work is all in memory.</summary>
    public AnswerDraft Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var analysis = context.Analysis;
        if (HeaderAnswer(context) is { Count: > 0 } header) return Cite(header.Select(h => (h, 1.0)).ToList(), analysis, settings);
        if (AllCaptions(context, settings) is { Count: > 1 } captions) return Cite(captions.Select(c => (c, 1.0)).ToList(), analysis, settings);

        var evidence = new EvidenceScorer(settings).Score(context);

        var best = evidence.FirstOrDefault(e => e.Answers);
        // A name the article never mentions cannot be answered about, unless the meaning is a close paraphrase.
        if (best is null
            || (best.Similarity < settings.ParaphraseSimilarity && analysis.Names.Any(n => AskedName.IsMissingFrom(n, context.Index.SentenceStems))))
        {
            var topical = evidence.Count > 0 && evidence.Max(e => e.Similarity) >= settings.MinSimilarity;
            var reason = !Language.LooksEnglish(analysis.Text) ? NoResultReasons.OtherLanguage
                : topical ? NoResultReasons.NotInArticle
                : NoResultReasons.OffTopic;
            return Abstention(context, reason);
        }

        var chosen = new List<SentenceEvidence> { best };
        // "What are lighthouse factories?" is answered by the one sentence saying what they are.
        var limit = DefinitionQuestion().IsMatch(analysis.Text.Trim()) ? 1 : analysis.Type switch
        {
            AnswerType.List => settings.MaxSentences,
            AnswerType.Any or AnswerType.Reason => Math.Min(2, settings.MaxSentences),
            _ => 1,
        };
        var length = best.Sentence.Text.Length;
        foreach (var candidate in evidence)
        {
            if (chosen.Count >= limit) break;
            if (!candidate.Answers || chosen.Contains(candidate)) continue;
            // A speaker's introduction adds who is speaking, which only a question about the speaker wants.
            if (SpeakerIntroduction.Matches(candidate.Sentence.Text) && !EvidenceScorer.AsksAboutRole(analysis)) continue;
            var share = GivesTheReason(analysis, best.Sentence, candidate.Sentence) ? ReasonSentenceShare
                : !Completes(context, best.Sentence, candidate.Sentence) ? AdditionalSentenceShare
                : RunsOn(best.Sentence, candidate.Sentence) ? RunOnSentenceShare
                : CompletingSentenceShare;
            if (candidate.Score < share * best.Score) continue;
            // Extra sentences continue the best one's thought: same part, or the next paragraph's opening.
            if (!Continues(best.Sentence, candidate.Sentence)) continue;
            if (length + candidate.Sentence.Text.Length + MarkerRoom + 1 > settings.MaxAnswerLength) continue;
            chosen.Add(candidate);
            length += candidate.Sentence.Text.Length + MarkerRoom + 1;
        }

        // "Who said …?": a quote that names nobody comes with the sentence naming its speaker.
        if (analysis.Type == AnswerType.Person && Attribution.AsksWhoSaid(analysis.Text)
            && !SentenceFacts.CanAnswer(best.Sentence.Text, AnswerType.Person)
            && Attribution.NamingSentence(context.Index, best.Sentence) is { } naming && chosen.All(c => c.Sentence != naming))
        {
            // Cut to fit beside the quote, the introduction keeps the clause with the name.
            var room = settings.MaxAnswerLength - chosen.Sum(c => c.Sentence.Text.Length + MarkerRoom + 1) - MarkerRoom - 1;
            chosen.Insert(0, best with { Sentence = QuoteFitter.Fit(naming, Math.Max(room, settings.MaxAnswerLength / 3), Attribution.NameStems(naming)) });
        }

        // "Who took the photo?": the caption comes with its credit line.
        if (best.Sentence.Kind == PartKind.Caption && MetaQuestion.AsksForPhotoCredit(analysis.Text)
            && context.Index.CreditOf(best.Sentence) is { } credit && chosen.All(c => c.Sentence != credit))
            chosen.Add(best with { Sentence = credit });

        // Quoted in the article's order, so that the sentences read as they were written.
        return Cite(chosen.OrderBy(e => e.Sentence.Index).Select(e => (e.Sentence, e.Score)).ToList(), analysis, settings);
    }

    /// <summary>For a question about the article itself ("who wrote it, and when?"), the header lines that answer it, in article order.</summary>
    private static List<Ingestion.Sentence> HeaderAnswer(AnswerContext context)
    {
        var parts = MetaQuestion.PartsAskedFor(context.Analysis.Text)
            .Select(kind => context.Index.Sentences.FirstOrDefault(s => s.Kind == kind))
            .OfType<Ingestion.Sentence>()
            .OrderBy(s => s.Index)
            .ToList();
        // A name in the question must be one the header states ("credited to Shi Yu", "who wrote Powering up?").
        var stated = parts.Concat(context.Index.Sentences.Where(s => s.Kind == PartKind.Title))
            .SelectMany(s => context.Index.SentenceStems[s.Index]).ToHashSet(StringComparer.Ordinal);
        return context.Analysis.Names.All(n => n.All(stated.Contains)) ? parts : [];
    }

    /// <summary>The answer quoting <paramref name="chosen"/> in order, each followed by its marker.</summary>
    private static AnswerDraft Cite(IReadOnlyList<(Ingestion.Sentence Sentence, double Score)> chosen, QuestionAnalysis analysis, AnswerOptions settings)
    {
        // Each sentence keeps its length when all fit; otherwise it is cut to what the others leave, or a fair share.
        var total = chosen.Sum(x => x.Sentence.Text.Length + MarkerRoom + 1);
        var citations = chosen
            .Select(x => (x.Score, Quote: QuoteFitter.Fit(
                x.Sentence,
                Math.Max(settings.MaxAnswerLength / chosen.Count, settings.MaxAnswerLength - (total - x.Sentence.Text.Length)) - MarkerRoom - 1,
                analysis.Stems)))
            .Select((x, i) => new Citation(i + 1, x.Quote.Source, x.Quote.Paragraph, x.Quote.Start, x.Quote.End, x.Quote.Text, Math.Round(Math.Clamp(x.Score, 0, 1), 4)))
            .ToList();
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(citation.Quote).Append(" [").Append(citation.N).Append(']');
        }

        return new AnswerDraft(text.ToString(), citations, null, Name);
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is the sentence just before or after the best one in
    /// its paragraph and says something asked that the best one lacks ("… But challenges remain").
    /// </summary>
    private static bool Completes(AnswerContext context, Ingestion.Sentence best, Ingestion.Sentence candidate)
    {
        if (Math.Abs(best.Index - candidate.Index) != 1 || best.Paragraph != candidate.Paragraph || best.Source != candidate.Source) return false;
        // The introduction before a quote adds who is speaking, which the question already said ("the Xiaomi boss").
        if (candidate.Index < best.Index && SpeakerIntroduction.Matches(candidate.Text)) return false;
        var bestStems = context.Index.SentenceStems[best.Index];
        var candidateStems = context.Index.SentenceStems[candidate.Index];
        return context.Analysis.Focus.Any(f => Synonyms.Of(f).Overlaps(candidateStems) && !Synonyms.Of(f).Overlaps(bestStems));
    }

    /// <summary>For a question about the article's photos together, their captions in article order (as many as an answer holds).</summary>
    private static List<Ingestion.Sentence> AllCaptions(AnswerContext context, AnswerOptions settings)
    {
        if (context.Analysis.Names.Count > 0 || !MetaQuestion.AsksAboutAllPhotos(context.Analysis.Text)) return [];
        return context.Index.Sentences.Where(s => s.Kind == PartKind.Caption).Take(settings.MaxSentences).ToList();
    }

    /// <summary>
    /// True for a why-question when <paramref name="best"/> states the claim without a reason ("China dominates the
    /// Global Lighthouse Network list, …") and <paramref name="candidate"/> is the sentence after it, which often gives one.
    /// </summary>
    private static bool GivesTheReason(QuestionAnalysis analysis, Ingestion.Sentence best, Ingestion.Sentence candidate) =>
        candidate.Index == best.Index + 1 && WhyQuestion().IsMatch(analysis.Text) && !Reasoning().IsMatch(best.Text);

    [GeneratedRegex(@"\bwhy\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhyQuestion();

    [GeneratedRegex(@"^what (is|are|'s) (a |an |the )?(?!.*\b(of|in|for|to|about|with|by|from|and)\b)[\w\-’' ]{2,50}\??$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionQuestion();

    // Words that introduce a reason or a means inside a sentence.
    [GeneratedRegex(@"\b(because|since|due to|thanks to|given|so that|so as|therefore|thus|which|reason|driven by|relies|rely|relying|through|in order|to help|as a result)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reasoning();

    /// <summary>True when <paramref name="candidate"/> follows <paramref name="best"/> and refers back to it ("This will …").</summary>
    private static bool RunsOn(Ingestion.Sentence best, Ingestion.Sentence candidate) =>
        candidate.Index == best.Index + 1 && RunOnOpening().IsMatch(candidate.Text);

    [GeneratedRegex(@"^[“""]?(This|That|These|Such|It) ")]
    private static partial Regex RunOnOpening();

    private static bool Continues(Ingestion.Sentence best, Ingestion.Sentence candidate) =>
        best.Source == candidate.Source && best.Kind == candidate.Kind && Math.Abs(best.Paragraph - candidate.Paragraph) <= 1;

    /// <summary>The plain "the article does not say" answer, with no citations.</summary>
    public static AnswerDraft Abstention(AnswerContext context, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Index.Documents.Select(d => d.Title).FirstOrDefault(t => t is not null);
        var where = title is null ? "the article" : $"the article “{title}”";
        var text = reason switch
        {
            NoResultReasons.OffTopic => $"The article does not say. I can only answer questions about {where}, and it does not cover that.",
            NoResultReasons.OtherLanguage => $"I could not find that in {where}. I match questions to the article in English, its language; please ask again in English.",
            _ => $"The article does not say. I could not find that in {where}.",
        };
        return new AnswerDraft(text, [], reason, Name);
    }
}
