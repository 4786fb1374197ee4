using System.ComponentModel.DataAnnotations;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Tests.Ingestion;

public sealed class ChunkingOptionsTests
{
    [Theory]
    [InlineData(32, 32)]
    [InlineData(32, 64)]
    [InlineData(128, 511)]
    public void Validate_OverlapNotBelowMaxTokens_IsRejected(int maxTokens, int overlapTokens)
    {
        var options = new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlapTokens };

        var (valid, results) = Validate(options);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ChunkingOptions.OverlapTokens)));
    }

    [Theory]
    [InlineData(32, 31)]
    [InlineData(128, 32)]
    [InlineData(16, 0)]
    public void Validate_OverlapBelowMaxTokens_IsAccepted(int maxTokens, int overlapTokens)
    {
        var options = new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlapTokens };

        var (valid, results) = Validate(options);

        Assert.True(valid, string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    [Fact]
    public void Validate_Defaults_AreAccepted()
    {
        var (valid, _) = Validate(new ChunkingOptions());

        Assert.True(valid);
    }

    [Theory]
    [InlineData(8, 0)]
    [InlineData(1024, 32)]
    public void Validate_MaxTokensOutOfRange_IsRejected(int maxTokens, int overlapTokens)
    {
        var options = new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlapTokens };

        var (valid, results) = Validate(options);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ChunkingOptions.MaxTokens)));
    }

    private static (bool Valid, List<ValidationResult> Results) Validate(ChunkingOptions options)
    {
        var results = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return (valid, results);
    }
}
