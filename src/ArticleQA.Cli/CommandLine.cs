namespace ArticleQA.Cli;

/// <summary>Bad usage: a one-line message and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The command line: a command, then arguments and options. Each command reads the options it
/// knows (<see cref="Flag"/>, <see cref="Option"/>), so the list of options lives with the command
/// that uses them; what no command read is rejected by <see cref="RejectUnknown"/>, and what is
/// left is the positional <see cref="Arguments"/>.
/// </summary>
internal sealed class CommandLine
{
    private readonly string[] _tokens;
    private readonly bool[] _read;

    // Tokens from here on (after "--") are arguments even when they start with "--".
    private readonly int _end;

    private CommandLine(string command, string[] tokens)
    {
        Command = command;
        var separator = Array.IndexOf(tokens, "--");
        _end = separator < 0 ? tokens.Length : separator;
        _tokens = tokens;
        _read = new bool[tokens.Length];
    }

    /// <summary>The command; <c>chat</c> when none is given.</summary>
    public string Command { get; }

    /// <summary>The positional arguments: what no option took, and everything after <c>--</c>. Read options first.</summary>
    public IReadOnlyList<string> Arguments =>
        Enumerable.Range(0, _end).Where(i => !_read[i] && !IsOption(_tokens[i])).Select(i => _tokens[i])
            .Concat(_tokens.Skip(_end + 1)).ToList();

    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 && !IsOption(args[0]) ? args[0] : "chat";
        return new CommandLine(command, args.Length > 0 && args[0] == command ? args[1..] : args);
    }

    /// <summary>True when the flag <paramref name="name"/> (an option without a value) is given.</summary>
    public bool Flag(string name)
    {
        var found = false;
        for (var i = 0; i < _end; i++)
        {
            if (_tokens[i].StartsWith(name + "=", StringComparison.Ordinal)) throw new UsageException($"option {name} takes no value");
            if (_tokens[i] != name) continue;
            _read[i] = true;
            found = true;
        }

        return found;
    }

    /// <summary>The last value of the option <paramref name="name"/>, or null.</summary>
    public string? Option(string name) => Options(name).LastOrDefault();

    /// <summary>Every value of the repeatable option <paramref name="name"/>, in order (<c>--name value</c> or <c>--name=value</c>).</summary>
    public IReadOnlyList<string> Options(string name)
    {
        var values = new List<string>();
        for (var i = 0; i < _end; i++)
        {
            if (_read[i]) continue;
            if (_tokens[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                _read[i] = true;
                values.Add(_tokens[i][(name.Length + 1)..]);
            }
            else if (_tokens[i] == name)
            {
                if (i + 1 >= _end) throw new UsageException($"option {name} needs a value");
                _read[i] = _read[i + 1] = true;
                values.Add(_tokens[++i]);
            }
        }

        return values;
    }

    /// <summary>Fails on options the command did not read.</summary>
    public void RejectUnknown()
    {
        var unknown = Enumerable.Range(0, _end).FirstOrDefault(i => !_read[i] && IsOption(_tokens[i]), -1);
        if (unknown >= 0) throw new UsageException($"unknown option {_tokens[unknown].Split('=')[0]} for '{Command}' (see 'articleqa help')");
    }

    private static bool IsOption(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2;
}
