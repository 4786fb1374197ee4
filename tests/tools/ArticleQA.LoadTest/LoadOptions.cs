using System.Globalization;

namespace ArticleQA.LoadTest;

/// <summary>What to run: conversations × turns against one or more bot instances.</summary>
public sealed record LoadOptions
{
    /// <summary>Base URLs of the bot instances; turn t of conversation c goes to URL (c + t) mod count.</summary>
    public IReadOnlyList<Uri> BaseUrls { get; init; } = [new("http://127.0.0.1:3978/")];

    /// <summary>Conversations run at the same time.</summary>
    public int Conversations { get; init; } = 50;

    /// <summary>Turns per conversation.</summary>
    public int Turns { get; init; } = 2;

    /// <summary>Longest wait for one reply.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Channel id the activities claim to come from.</summary>
    public string ChannelId { get; init; } = "loadtest";

    /// <summary>Repeated runs; the figures reported are each run's, and the medians.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>
    /// Whole runs played before the measured ones and not reported: a fresh process compiles its hot code again, with
    /// profile data, during its first few thousand turns, so the first runs show its start, later ones its steady state.
    /// </summary>
    public int WarmUpRuns { get; init; }

    /// <summary>Process ids of the bot instances on this machine, whose working set is reported after the load.</summary>
    public IReadOnlyList<int> ProcessIds { get; init; } = [];

    /// <summary>Parses <c>--url U (repeatable) --conversations N --turns M --runs R --warmup-runs W --timeout S --pid P (repeatable)</c>; throws <see cref="ArgumentException"/> with a one-line message.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var urls = new List<Uri>();
        var pids = new List<int>();
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url":
                    var url = Value();
                    if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                        throw new ArgumentException($"--url {url} is not an http(s) URL.");
                    urls.Add(uri);
                    break;
                case "--conversations":
                    options = options with { Conversations = WholeNumber("--conversations", Value(), 1) };
                    break;
                case "--turns":
                    options = options with { Turns = WholeNumber("--turns", Value(), 1) };
                    break;
                case "--runs":
                    options = options with { Runs = WholeNumber("--runs", Value(), 1) };
                    break;
                case "--warmup-runs":
                    options = options with { WarmUpRuns = WholeNumber("--warmup-runs", Value(), 0) };
                    break;
                case "--timeout":
                    options = options with { RequestTimeout = TimeSpan.FromSeconds(WholeNumber("--timeout", Value(), 1)) };
                    break;
                case "--pid":
                    pids.Add(WholeNumber("--pid", Value(), 1));
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        options = options with { ProcessIds = pids };
        return urls.Count > 0 ? options with { BaseUrls = urls } : options;
    }

    private static int WholeNumber(string name, string value, int least) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= least
            ? n
            : throw new ArgumentException(least == 1
                ? $"{name} must be a positive whole number, not '{value}'."
                : $"{name} must be a whole number, {least} or more, not '{value}'.");
}
