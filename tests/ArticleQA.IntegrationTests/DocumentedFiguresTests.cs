namespace ArticleQA.IntegrationTests;

/// <summary>The README and docs/ quote measured figures only as docs/measurements.md (written by scripts/measure.sh) has them.</summary>
public sealed class DocumentedFiguresTests
{
    [Fact]
    public void ReadmeAndDocs_QuoteOnlyTheFiguresOfMeasurementsMd()
    {
        var measurements = Path.Combine(TestPaths.Root, "docs", "measurements.md");
        var figures = DocumentedFigures.Read(File.ReadAllText(measurements));
        // The contract's copy shows example numbers, not measurements.
        var documents = Directory.GetFiles(Path.Combine(TestPaths.Root, "docs"), "*.md")
            .Where(p => Path.GetFileName(p) is not ("measurements.md" or "eval-format.md"))
            .Prepend(Path.Combine(TestPaths.Root, "README.md"))
            .ToList();

        var mismatches = documents.SelectMany(p => DocumentedFigures.Mismatches(Path.GetRelativePath(TestPaths.Root, p), File.ReadAllText(p), figures)).ToList();

        Assert.Contains("answer_accuracy", figures.Keys);
        Assert.Contains(figures.Keys, k => k.StartsWith("bench_", StringComparison.Ordinal));
        Assert.True(documents.Count >= 6, string.Join(", ", documents));
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Mismatches_AFigureThatDiffersInProseOrInATable_IsReported_CodeBlocksAreNot()
    {
        var figures = DocumentedFigures.Read("""
            | figure | value |
            |---|---|
            | `answer_accuracy` | 0.936 |
            | `answer_accuracy[follow-up]` | 0.917 |
            | `unanswerable_abstained` | 19 of 19 |
            """);
        const string markdown = """
            The answerer scores answer_accuracy 0.918 overall, `answer_accuracy`: 0.94 rounded, answer_accuracy[follow-up] 0.833.
            It abstained: unanswerable_abstained 19 of 19.

            | answer_accuracy | other |
            |---|---|
            | 0.900 | 0.5 |

            ```bash
            articleqa eval set.jsonl --min answer_accuracy=0.91
            ```
            """;

        var mismatches = DocumentedFigures.Mismatches("doc.md", markdown, figures);

        Assert.Equal(3, mismatches.Count);
        Assert.Contains(mismatches, m => m.StartsWith("doc.md:1: answer_accuracy is quoted as 0.918", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("doc.md:1: answer_accuracy[follow-up] is quoted as 0.833", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("doc.md:6: answer_accuracy is quoted as 0.900", StringComparison.Ordinal));
    }
}
