using ArticleQA.Core.Answering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleQA.Bot.Tests;

/// <summary>The bot host whose answerer waits until the test lets it answer.</summary>
public sealed class GatedAnswerBotFactory : BotFactory
{
    /// <summary>The answerer every question reaches.</summary>
    public GatedAnswerer Answerer { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IAnswerer>(Answerer));
    }
}

/// <summary>An answerer that answers only once <see cref="Release"/> is called.</summary>
public sealed class GatedAnswerer : IAnswerer
{
    /// <summary>The answer it gives.</summary>
    public const string Text = "The gate opened.";

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every waiting and future question be answered.</summary>
    public void Release() => _gate.TrySetResult();

    /// <inheritdoc />
    public async Task<AnswerDraft> AnswerAsync(AnswerContext context, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return new AnswerDraft(Text, [], null, "gated");
    }
}
