using ArticleQA.Core;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ArticleQA.Llm.Prompts;

/// <summary>
/// The prompt files under <c>ArticleQA:PromptsPath</c> (default <c>prompts/</c>), read at run time
/// as one Semantic Kernel plugin: each sub-folder holding <c>skprompt.txt</c> and <c>config.json</c>
/// is a function. They are read once per process, so an edit needs a restart, not a rebuild.
/// </summary>
public sealed class PromptLibrary(IOptions<ArticleQAOptions> options)
{
    /// <summary>Answers from numbered sources with <c>[n]</c> citations.</summary>
    public const string AnswerFunction = "answer";

    /// <summary>Rewrites a follow-up into a standalone question.</summary>
    public const string RewriteFunction = "rewrite_follow_up";

    /// <summary>A one-word reply that shows the model answers (<c>articleqa config</c>).</summary>
    public const string CheckFunction = "check";

    /// <summary>The not-found token when the answer prompt does not declare one.</summary>
    public const string DefaultNotFoundToken = "INFO NOT FOUND";

    /// <summary>The prompt variable that holds the not-found token (its default is the token).</summary>
    public const string NotFoundVariable = "not_found";

    /// <summary>Every function the answerer needs.</summary>
    public static IReadOnlyList<string> Required { get; } = [AnswerFunction, RewriteFunction, CheckFunction];

    private readonly Lazy<KernelPlugin> _plugin = new(() => Load(Folder(options.Value)));

    /// <summary>The folder the prompts are read from.</summary>
    public string Path => Folder(options.Value);

    /// <summary>The answer prompt.</summary>
    public KernelFunction Answer => _plugin.Value[AnswerFunction];

    /// <summary>The follow-up rewrite prompt.</summary>
    public KernelFunction Rewrite => _plugin.Value[RewriteFunction];

    /// <summary>The check prompt.</summary>
    public KernelFunction Check => _plugin.Value[CheckFunction];

    /// <summary>The exact text the answer prompt tells the model to reply with when the sources do not answer.</summary>
    public string NotFoundToken =>
        Answer.Metadata.Parameters.FirstOrDefault(p => p.Name == NotFoundVariable)?.DefaultValue?.ToString() is { Length: > 0 } token
            ? token
            : DefaultNotFoundToken;

    /// <summary>The prompt files missing from <paramref name="folder"/>, as paths; empty when all are there.</summary>
    public static IReadOnlyList<string> Missing(string folder) =>
        Required
            .SelectMany(name => new[] { System.IO.Path.Combine(folder, name, "skprompt.txt"), System.IO.Path.Combine(folder, name, "config.json") })
            .Where(file => !File.Exists(file))
            .ToList();

    private static string Folder(ArticleQAOptions options) => RepositoryPaths.Resolve(options.PromptsPath);

    private static KernelPlugin Load(string folder)
    {
        var missing = Missing(folder);
        if (missing.Count > 0) throw new FileNotFoundException($"prompt file {missing[0]} not found (ArticleQA:PromptsPath)", missing[0]);
        return new Kernel().CreatePluginFromPromptDirectory(folder, "prompts");
    }
}
