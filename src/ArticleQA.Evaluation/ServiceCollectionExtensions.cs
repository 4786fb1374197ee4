using ArticleQA.Evaluation.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleQA.Evaluation;

/// <summary>Registers ArticleQA's evaluation services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="EvalRunner"/>, which answers question sets through the core's
    /// <c>ArticleMemory</c>. Call after <c>AddArticleQACore</c>.
    /// </summary>
    public static IServiceCollection AddArticleQAEvaluation(this IServiceCollection services)
    {
        services.TryAddSingleton<EvalRunner>();
        return services;
    }
}
