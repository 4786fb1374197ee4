namespace ArticleQA.Cli;

/// <summary>Bad usage: a one-line message and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The parsed command line: a command, positional arguments, flags and valued options.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CommandLine(string command, List<string> arguments)
    {
        Command = command;
        Arguments = arguments;
    }

    public string Command { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Parses args; <paramref name="valued"/> names the options that take a value.</summary>
    public static CommandLine Parse(string[] args, IReadOnlySet<string> valued)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "chat";
        var line = new CommandLine(command, []);
        var rest = args.Length > 0 && args[0] == command ? args[1..] : args;
        for (var i = 0; i < rest.Length; i++)
        {
            var arg = rest[i];
            if (arg == "--")
            {
                ((List<string>)line.Arguments).AddRange(rest[(i + 1)..]);
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                ((List<string>)line.Arguments).Add(arg);
                continue;
            }

            var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (!valued.Contains(name))
            {
                if (inline is not null) throw new UsageException($"option {name} takes no value");
                line._flags.Add(name);
                continue;
            }

            var value = inline ?? (i + 1 < rest.Length ? rest[++i] : throw new UsageException($"option {name} needs a value"));
            if (!line._options.TryGetValue(name, out var values)) line._options[name] = values = [];
            values.Add(value);
        }

        return line;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        return _flags.Contains(name);
    }

    public string? Option(string name) => Options(name).LastOrDefault();

    public IReadOnlyList<string> Options(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    /// <summary>Fails on options the command did not read.</summary>
    public void RejectUnknown()
    {
        var unknown = _flags.Concat(_options.Keys).FirstOrDefault(n => !_read.Contains(n));
        if (unknown is not null) throw new UsageException($"unknown option {unknown} for '{Command}' (see 'articleqa help')");
    }
}
