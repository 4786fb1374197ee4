using ArticleQA.Evaluation.Running;

namespace ArticleQA.Evaluation.Tests;

/// <summary>Small hand-made questions and results.</summary>
internal static class Samples
{
    public const string Support = "To date, China is home to 79 lighthouse factories, the highest number of any country";
    public const string Good = "China is home to 79 lighthouse factories";
    public const string Bad = "Zhejiang province is a bellwether for China’s regional innovation strategies.";

    public static EvalQuestion Answerable(string id, params string[] tags) => new()
    {
        Id = id,
        Question = $"How many lighthouse factories are in China? ({id})",
        Expected = new EvalExpectation { Contains = [["79"], ["lighthouse"]], Support = [Support], Answer = "79" },
        Tags = tags,
    };

    public static EvalQuestion Unanswerable(string id, params string[] tags) => new()
    {
        Id = id,
        Question = $"When was Xiaomi founded? ({id})",
        Expected = new EvalExpectation { Unanswerable = true },
        Tags = tags,
    };

    public static ResultItem Item(string id, string answer, bool abstained = false, string[]? citations = null, string[]? retrieved = null, double latency = 5) => new()
    {
        Id = id,
        Question = id,
        Answer = answer,
        Abstained = abstained,
        Citations = (citations ?? []).Select((q, i) => new ResultCitation(i + 1, "powering-up.txt", 44, 0, q.Length, q, 0.5)).ToList(),
        Retrieved = (retrieved ?? []).Select((t, i) => new ResultPassage(i + 1, "powering-up.txt", 44, 0, t.Length, t, 0.1)).ToList(),
        LatencyMs = latency,
    };

    public static EvalResults Results(IReadOnlyList<EvalQuestion> questions, string name, params ResultItem[] items) =>
        EvalRunner.Score(questions, new EvalResults(new ResultConfig("extractive", "hybrid", "MiniLM", 5), items, null) { ConfigName = name });

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleQA.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
