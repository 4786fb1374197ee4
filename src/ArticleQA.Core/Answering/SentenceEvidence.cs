using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Answering;

/// <summary>How well one sentence answers a question, and why.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Score">Overall rank score.</param>
/// <param name="Similarity">Cosine similarity to the question.</param>
/// <param name="Lexical">BM25 score, scaled so the best sentence has 1.</param>
/// <param name="FocusCoverage">Share of the question's focus words it (or its paragraph) contains, weighted by rarity.</param>
/// <param name="EntityCoverage">Share of the names in the question it (or its paragraph) mentions.</param>
/// <param name="TypeMatches">True when it states the kind of fact asked for.</param>
/// <param name="Answers">True when it passes every check for answering.</param>
public sealed record SentenceEvidence(
    Sentence Sentence, double Score, double Similarity, double Lexical, double FocusCoverage, double EntityCoverage, bool TypeMatches, bool Answers);
