using System.Diagnostics;
using System.Text.Json;
using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Running;
using Spectre.Console;

namespace ArticleQA.Cli.Commands;

/// <summary><c>ask "question" [--json]</c>: one answer.</summary>
internal sealed class AskCommand(IAnsiConsole console, ArticleMemory memory) : ICommand
{
    public async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var json = line.Flag("--json");
        line.RejectUnknown();
        if (line.Arguments.Count == 0) throw new UsageException("ask needs a question: articleqa ask \"What is the article about?\"");
        var question = string.Join(' ', line.Arguments);

        var clock = Stopwatch.StartNew();
        var answer = await memory.AskAsync(question, cancellationToken: cancellationToken);
        var latency = clock.Elapsed.TotalMilliseconds;

        if (json)
        {
            var item = EvalRunner.ToItem(new EvalQuestion { Id = "ask", Question = question }, answer, latency);
            Console.WriteLine(JsonSerializer.Serialize(item, EvalRunner.JsonOptions));
            // The item carries the notice too; this is the line a person reads.
            if (answer.Notice is { Length: > 0 } notice) Console.Error.WriteLine($"articleqa: {notice}");
        }
        else
        {
            AnswerView.Write(console, answer);
        }

        return answer.NoResultReason is NoResultReasons.EmptyQuestion or NoResultReasons.QuestionTooLong or NoResultReasons.Unreadable
            ? CliApp.BadInput
            : CliApp.Ok;
    }
}
