using ArticleQA.Bot.Protection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace ArticleQA.Bot.Hosting;

/// <summary>The Bot Framework messaging endpoint: checks the request, then hands it to the adapter.</summary>
[Route("api/messages")]
[ApiController]
public sealed class BotController(IBotFrameworkHttpAdapter adapter, IBot bot, RequestGate gate) : ControllerBase
{
    /// <summary>Receives one activity from a channel.</summary>
    [HttpPost]
    public async Task PostAsync(CancellationToken cancellationToken)
    {
        if (await gate.CheckAsync(Request, cancellationToken) is { } status)
        {
            Response.StatusCode = status;
            return;
        }

        await adapter.ProcessAsync(Request, Response, bot, cancellationToken);
    }
}
