using System.Diagnostics;

namespace ArticleQA.Tests.Shared;

/// <summary>Runs the articleqa program as a real process, as a user would. Linked into the test projects that need it.</summary>
internal static class CliProcess
{
    /// <summary>
    /// Runs articleqa (beside the test assembly) in <paramref name="workingDirectory"/> with its index under
    /// <c>workingDirectory/data</c>, no colours, and the given environment.
    /// </summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workingDirectory, string[] args, string? stdin, params (string Name, string Value)[] environment) =>
        RunAsync(Path.Combine(AppContext.BaseDirectory, "articleqa.dll"), workingDirectory, args, stdin,
            [("ArticleQA__DataPath", Path.Combine(workingDirectory, "data")), .. environment]);

    /// <summary>Runs the articleqa at <paramref name="dllPath"/>; later environment entries win over earlier ones.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string dllPath, string workingDirectory, string[] args, string? stdin, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dllPath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
