using System.Text;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;
using Microsoft.Extensions.Options;

namespace ArticleQA.Core.Answering;

/// <summary>
/// The default answerer: no model server, no key. The learned ranker (<see cref="RankerModel"/>)
/// gives every candidate sentence the probability that it answers the question; the answer quotes
/// the best one and those nearly as likely, each followed by its <c>[n]</c> marker, or says the
/// article does not tell when even the best is too unlikely.
/// </summary>
public sealed class ExtractiveAnswerer(IOptions<AnswerOptions> options, RankerModel? model = null) : IAnswerer
{
    /// <summary>The name results carry for this answerer.</summary>
    public const string Name = "extractive";

    // Room for " [n]" after a quote.
    private const int MarkerRoom = 5;

    /// <inheritdoc />
    public Task<AnswerDraft> AnswerAsync(AnswerContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(context));

    /// <summary>
    /// Every candidate sentence with its probability of answering, best first: by probability, or by the model's
    /// listwise order when it has one (<see cref="RankerModel.OrderTrees"/>).
    /// </summary>
    public IReadOnlyList<RankedSentence> Rank(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scored = CandidateFeatures.Compute(context)
            .Select(c =>
            {
                var probability = model?.Probability(c.Features) ?? Math.Max(0, context.SentenceSimilarity[c.Sentence.Index]);
                return (Ranked: new RankedSentence(c.Sentence, probability), Key: model is { Orders: true } ? model.Order(c.Features) : probability);
            })
            .ToList();
        scored.Sort((a, b) => b.Key != a.Key ? b.Key.CompareTo(a.Key) : a.Ranked.Sentence.Index.CompareTo(b.Ranked.Sentence.Index));
        return scored.ConvertAll(s => s.Ranked);
    }

    /// <summary>Answers synchronously; the work is all in memory.</summary>
    public AnswerDraft Answer(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var policy = Policy(settings);
        var ranked = Rank(context);
        var chosen = AnswerSelection.Choose(ranked, policy, settings.MaxSentences, settings.MaxAnswerLength);
        if (chosen.Count == 0) return Abstention(context, Reason(context, settings));
        return Compose(chosen, context.Profile, settings);
    }

    /// <summary>The model's policy, with a configured abstention threshold in its place when one is set.</summary>
    private AnswerPolicy Policy(AnswerOptions settings)
    {
        var policy = model?.Policy ?? new AnswerPolicy { AbstainBelow = settings.MinSimilarity, JoinShare = 0.95, MaxSentences = 1 };
        return settings.AbstainBelow is { } threshold ? policy with { AbstainBelow = threshold } : policy;
    }

    private static string Reason(AnswerContext context, AnswerOptions settings)
    {
        if (!Language.LooksEnglish(context.Profile.Text)) return NoResultReasons.OtherLanguage;
        var topical = context.SentenceSimilarity.Count > 0 && context.SentenceSimilarity.Max() >= settings.MinSimilarity;
        return topical ? NoResultReasons.NotInArticle : NoResultReasons.OffTopic;
    }

    /// <summary>The answer quoting <paramref name="chosen"/> in order, each followed by its marker.</summary>
    public static AnswerDraft Compose(IReadOnlyList<RankedSentence> chosen, QuestionProfile profile, AnswerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(settings);
        // Each sentence keeps its length when all fit; otherwise it is cut to what the others leave, or a fair share.
        var total = chosen.Sum(x => x.Sentence.Text.Length + MarkerRoom + 1);
        var citations = chosen
            .Select(x => (x.Probability, Quote: QuoteFitter.Fit(
                x.Sentence,
                Math.Max(settings.MaxAnswerLength / chosen.Count, settings.MaxAnswerLength - (total - x.Sentence.Text.Length)) - MarkerRoom - 1,
                profile.Stems)))
            .Select((x, i) => new Citation(i + 1, x.Quote.Source, x.Quote.Paragraph, x.Quote.Start, x.Quote.End, x.Quote.Text, Math.Round(Math.Clamp(x.Probability, 0, 1), 4)))
            .ToList();
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(citation.Quote).Append(" [").Append(citation.N).Append(']');
        }

        return new AnswerDraft(text.ToString(), citations, null, Name);
    }

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
