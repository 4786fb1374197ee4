using ArticleQA.Bot.State;
using ArticleQA.Core.Storage;

namespace ArticleQA.Bot.Hosting;

/// <summary><c>GET /healthz</c>: the index and the state store, as JSON.</summary>
public static class HealthEndpoint
{
    /// <summary>
    /// <c>{"index":"ready"|"loading","state":"memory"|"redis ok"|"redis unavailable"}</c>; 200 once the
    /// index is loaded (the bot answers, with or without stored context), else 503.
    /// </summary>
    public static IResult Check(IndexProvider index, IStateStoreHealth state)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(state);
        return Results.Json(
            new { index = index.IsReady ? "ready" : "loading", state = state.Status },
            statusCode: index.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
