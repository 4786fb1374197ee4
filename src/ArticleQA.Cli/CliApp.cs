using ArticleQA.Core.Ingestion;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ArticleQA.Cli;

/// <summary>Dispatches a command and turns every failure into a one-line message and an exit code.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var console = CliConsole.Create();
        AnsiConsole.Console = console;
        try
        {
            var line = CommandLine.Parse(args);
            if (line.Command is "help" or "--help" or "-h" || line.Flag("--help"))
            {
                Help.Print();
                return Ok;
            }

            if (!CliHost.Commands.ContainsKey(line.Command))
                throw new UsageException($"unknown command '{line.Command}' (see 'articleqa help')");

            // "eval --corpus DIR" answers about another article, over an index of its own.
            using var host = new CliHost(console, line.Command == "eval" ? CliHost.CorpusOverrides(line.Option("--corpus")) : null).Build();
            var command = host.Services.GetRequiredKeyedService<ICommand>(line.Command);
            return await command.RunAsync(line, cancellation.Token);
        }
        catch (UsageException e)
        {
            return Fail($"usage: {e.Message}", BadInput);
        }
        catch (Exception e) when (e is CorpusException or QuestionSetException)
        {
            return Fail(e.Message, BadInput);
        }
        catch (OptionsValidationException e)
        {
            return Fail($"configuration: {string.Join("; ", e.Failures)}", BadInput);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return Fail($"configuration: {string.Join("; ", e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures))}", BadInput);
        }
        catch (InvalidDataException e)
        {
            return Fail($"configuration: {e.Message}", BadInput);
        }
        catch (OperationCanceledException)
        {
            return Fail("cancelled", Failed);
        }
        catch (Exception e)
        {
            // A last resort: say what failed, never print a stack trace to the user.
            return Fail($"error: {e.GetType().Name}: {e.Message}", Failed);
        }
    }

    private static int Fail(string message, int code)
    {
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine($"articleqa: {message}");
        return code;
    }
}
