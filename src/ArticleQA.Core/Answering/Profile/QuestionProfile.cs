using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Text;

namespace ArticleQA.Core.Answering;

/// <summary>
/// A question analysed once, before any sentence is scored: every scorer reads this profile, not
/// the raw text.
/// </summary>
/// <param name="Text">The question analysed.</param>
/// <param name="Kind">The kind of answer it expects.</param>
/// <param name="Terms">Its content words.</param>
/// <param name="Entities">Stems of the names it mentions (people, places, organisations, figures).</param>
/// <param name="Focus">Stems of its other content words: what it asks about the names.</param>
/// <param name="Names">The entities grouped into names by adjacency ("Ada Lovelace" is one name of two stems).</param>
/// <param name="Figures">The numbers it states, digits only ("1,200" is "1200").</param>
/// <param name="AboutArticle">True when it asks about the article itself: its author, title, date or photos.</param>
/// <param name="AsksWhoSaid">True for "who said …", answered by a quote and its speaker.</param>
/// <param name="RefersBack">True when it points back with a personal pronoun ("he", "her company").</param>
/// <param name="AskedParts">The parts of the article it asks for when it asks about the article itself (<see cref="AskedParts"/>).</param>
/// <param name="Places">The places in an order it asks about ("ranked first", "the largest"; <see cref="RankWords"/>).</param>
public sealed record QuestionProfile(
    string Text,
    AnswerKind Kind,
    IReadOnlyList<Term> Terms,
    IReadOnlySet<string> Entities,
    IReadOnlySet<string> Focus,
    IReadOnlyList<IReadOnlyList<string>> Names,
    IReadOnlyList<string> Figures,
    bool AboutArticle,
    bool AsksWhoSaid,
    bool RefersBack,
    IReadOnlySet<PartKind> AskedParts,
    IReadOnlySet<string> Places)
{
    /// <summary>All content stems.</summary>
    public IReadOnlyCollection<string> Stems => Terms.Select(t => t.Stem).ToList();
}
