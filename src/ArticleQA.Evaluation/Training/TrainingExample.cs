using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Training;

/// <summary>A candidate sentence of one question: its features and whether it supports the expected answer.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Features">Its features, in <see cref="CandidateFeatures.Names"/> order.</param>
/// <param name="Supports">True when it overlaps one of the question's support quotes.</param>
public sealed record TrainingCandidate(Sentence Sentence, float[] Features, bool Supports);

/// <summary>One question of the collection with every candidate sentence.</summary>
/// <param name="Article">The article's name.</param>
/// <param name="Question">The question with its expectations.</param>
/// <param name="Profile">The question's profile; null when it was refused or asked back before ranking.</param>
/// <param name="Candidates">The candidate sentences (none when it was refused or asked back).</param>
/// <param name="WithoutSupport">
/// For an answerable question, its candidates again with the supporting sentences taken out of the article's candidates
/// (<see cref="CandidateFeatures.Compute"/>'s <c>excluded</c>), all negative: the same question as one the article does
/// not answer though its topic is there. The ranker learns from them; scoring and the policy use only
/// <paramref name="Candidates"/>. Empty for a question without a supporting candidate; null when they were not asked for.
/// </param>
public sealed record TrainingExample(
    string Article, EvalQuestion Question, QuestionProfile? Profile, IReadOnlyList<TrainingCandidate> Candidates,
    IReadOnlyList<TrainingCandidate>? WithoutSupport = null);
