using ArticleQA.Bot.State;
using ArticleQA.Core.Storage;

namespace ArticleQA.Bot.Hosting;

/// <summary><c>GET /healthz</c>: the index and the state store, as JSON.</summary>
public static class HealthEndpoint
{
    /// <summary>How long the state store may take to answer a ping.</summary>
    public static readonly TimeSpan StateDeadline = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>{"index":"ready"|"loading","state":"memory"|"redis ok"|"redis degraded"|"redis unavailable","status":"ok"|"degraded"}</c>;
    /// the state store is pinged with a deadline of <see cref="StateDeadline"/>. 200 once the index is loaded
    /// (the bot answers, with or without stored context), else 503.
    /// </summary>
    public static async Task<IResult> CheckAsync(IndexProvider index, IStateStoreHealth state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(state);
        var stateStatus = await state.ProbeAsync(StateDeadline, cancellationToken).ConfigureAwait(false);
        var healthy = index.IsReady && stateStatus is "memory" or "redis ok";
        return Results.Json(
            new { index = index.IsReady ? "ready" : "loading", state = stateStatus, status = healthy ? "ok" : "degraded" },
            statusCode: index.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
