namespace ArticleQA.Cli;

/// <summary>One <c>articleqa</c> command; its dependencies come through its constructor.</summary>
internal interface ICommand
{
    /// <summary>Runs the command; the result is the process's exit code.</summary>
    Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken);
}
