using ArticleQA.Core.Answering;
using ArticleQA.Core.Ingestion;
using ArticleQA.Core.Storage;

namespace ArticleQA.Core.Tests.Answering;

/// <summary>Candidate features of test articles' sentences for a question, with made-up similarities.</summary>
internal static class FeatureContexts
{
    /// <summary>The features of every candidate by sentence index, with made-up similarities (0.1 where none is given).</summary>
    public static Dictionary<int, float[]> Compute(ArticleIndex index, string question, Dictionary<int, double> similarity, IReadOnlySet<int>? excluded = null)
    {
        var sims = index.Sentences.Select(s => similarity.GetValueOrDefault(s.Index, 0.1)).ToArray();
        var profile = QuestionProfiler.Profile(question, index.Vocabulary.IsName);
        var context = new AnswerContext(
            question, question, profile, index, [], sims, sims, new double[index.Chunks.Count], new HashSet<(string, int)>(), []);
        return CandidateFeatures.Compute(context, excluded).ToDictionary(c => c.Sentence.Index, c => c.Features);
    }

    public static ArticleIndex Index(string article)
    {
        var document = RepositoryFiles.TestArticle(article);
        var chunks = new Chunker(new ChunkingOptions(), WordCount.Of).Chunk(document);
        var facts = document.Sentences.Select(s => FactReader.Read(s.Text)).ToList();
        var manifest = new IndexManifest("C0FFEE", "test-model", new ChunkSettings(128, 32), DateTimeOffset.UnixEpoch);
        return new ArticleIndex(manifest, [document], document.Sentences, chunks, facts);
    }

    public static float F(float[] features, string name) => features[CandidateFeatures.Names.ToList().IndexOf(name)];

    /// <summary>The sentence starting with one of <paramref name="starts"/>.</summary>
    public static int At(ArticleIndex index, params string[] starts) =>
        index.Sentences.Single(s => starts.Any(start => s.Text.StartsWith(start, StringComparison.Ordinal))).Index;
}
