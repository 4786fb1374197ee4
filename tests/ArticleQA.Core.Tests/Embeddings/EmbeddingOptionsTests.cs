using ArticleQA.Core.Embeddings;

namespace ArticleQA.Core.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    [Fact]
    public void EffectiveConcurrentRuns_Set_IsTheSetting() =>
        Assert.Equal(3, new EmbeddingOptions { ConcurrentRuns = 3 }.EffectiveConcurrentRuns);

    [Fact]
    public void EffectiveConcurrentRuns_AutomaticWithOneThreadPerCore_IsOne() =>
        Assert.Equal(1, new EmbeddingOptions { IntraOpThreads = 0 }.EffectiveConcurrentRuns);

    [Fact]
    public void EffectiveConcurrentRuns_AutomaticWithOneThreadPerRun_IsTheCoresUpToTwo() =>
        Assert.Equal(Math.Min(2, Environment.ProcessorCount), new EmbeddingOptions { IntraOpThreads = 1 }.EffectiveConcurrentRuns);
}
