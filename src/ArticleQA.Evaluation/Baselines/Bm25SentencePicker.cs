using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Retrieval;
using ArticleQA.Core.Text;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Baselines;

/// <summary>
/// The yardstick every answerer is compared with: the one sentence of the article with the best
/// BM25 score for the question as asked (no history, no abstention), cited as the answer.
/// </summary>
public sealed class Bm25SentencePicker
{
    private readonly List<Sentence> _sentences;
    private readonly Bm25Index _lexicon;

    /// <summary>A picker over the sentences of <paramref name="documents"/>.</summary>
    public Bm25SentencePicker(IEnumerable<ArticleDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _sentences = documents.SelectMany(d => d.Sentences).Where(s => s.Kind is not (PartKind.Credit or PartKind.Contact)).ToList();
        _lexicon = new Bm25Index(_sentences.Select(s => s.Text).ToList());
    }

    /// <summary>Answers every question with its best sentence, as a results document.</summary>
    public EvalResults Run(IReadOnlyList<EvalQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var items = questions.Select(Answer).ToList();
        return EvalRunner.Score(questions, new EvalResults(new ResultConfig("bm25-sentence", "bm25", "none", 1), items, null));
    }

    private ResultItem Answer(EvalQuestion question)
    {
        var scores = _lexicon.Score(TextAnalyzer.Stems(question.Question).ToList());
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best]) best = i;
        var sentence = _sentences[best];
        return new ResultItem
        {
            Id = question.Id,
            Question = question.Question,
            Answer = $"{sentence.Text} [1]",
            Citations = [new ResultCitation(1, sentence.Source, sentence.Paragraph, sentence.Start, sentence.End, sentence.Text, 1)],
            Retrieved = [new ResultPassage(1, sentence.Source, sentence.Paragraph, sentence.Start, sentence.End, sentence.Text, Math.Round(scores[best], 6))],
            Answerer = "bm25-sentence",
            Tags = question.Tags,
        };
    }
}
