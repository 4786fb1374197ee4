using ArticleQA.Core.Answering;
using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArticleQA.Evaluation.Comparison;

/// <summary>
/// Runs a question set once per configuration in one process. Each configuration gets a host
/// of its own, built by the entry point's factory with the configuration's overrides layered over
/// the configured settings (so the index and model follow <c>ArticleQA:Embedding:Model</c>, and an
/// answerer the entry point registers, such as the LLM one, is used when its settings select it).
/// </summary>
/// <param name="createHost">Builds a host from configuration overrides; the runner disposes it.</param>
public sealed class ComparisonRunner(Func<IReadOnlyDictionary<string, string?>, IHost> createHost)
{
    /// <summary>Results of every configuration, in the given order, named by configuration.</summary>
    /// <param name="questions">The question set.</param>
    /// <param name="configurations">What to run; the first is the primary.</param>
    /// <param name="progress">Gives the progress sink of one configuration, or null.</param>
    /// <param name="parallelism">Questions answered at once within a configuration.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<IReadOnlyList<EvalResults>> RunAsync(
        IReadOnlyList<EvalQuestion> questions, IReadOnlyList<EvalConfiguration> configurations,
        Func<EvalConfiguration, IProgress<ResultItem>?>? progress = null, int parallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        var all = new List<EvalResults>(configurations.Count);
        foreach (var configuration in configurations)
        {
            using var host = createHost(configuration.Settings);
            var ranker = configuration.Ranker?.Invoke();
            try
            {
                var runner = host.Services.GetRequiredService<EvalRunner>();
                var options = ranker is null ? null : new AskOptions(Ranker: ranker);
                var results = await runner.RunAsync(questions, options, progress?.Invoke(configuration), parallelism, cancellationToken).ConfigureAwait(false);
                all.Add(results with { ConfigName = configuration.Name });
            }
            finally
            {
                (ranker as IDisposable)?.Dispose();
            }
        }

        return all;
    }
}
