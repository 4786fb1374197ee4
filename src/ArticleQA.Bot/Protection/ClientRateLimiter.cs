using System.Globalization;
using System.Threading.RateLimiting;
using ArticleQA.Bot.DirectLine;
using ArticleQA.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Protection;

/// <summary>What a client address is limited in.</summary>
public enum ClientLimit
{
    /// <summary>Polls and stream connections.</summary>
    Poll,

    /// <summary>Posted activities.</summary>
    Post,

    /// <summary>Tokens generated or refreshed and conversations started.</summary>
    Token,
}

/// <summary>
/// A token bucket per client address and kind of request, sized by <see cref="DirectLineOptions.PollsPerMinute"/>,
/// <see cref="DirectLineOptions.PostsPerMinute"/> and <see cref="DirectLineOptions.TokensPerMinute"/>: a burst
/// of one minute's allowance, refilled evenly over the minute.
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(ClientLimit Kind, string Address)> _limiter;
    private readonly PublicEndpoint _endpoint;
    private readonly DirectLineOptions _options;

    /// <summary>Creates the limiter from the Direct Line options.</summary>
    public ClientRateLimiter(IOptions<DirectLineOptions> options, PublicEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _endpoint = endpoint;
        _limiter = PartitionedRateLimiter.Create<(ClientLimit Kind, string Address), (ClientLimit, string)>(
            key => RateLimitPartition.GetTokenBucketLimiter(key, k => Bucket(PerMinute(k.Item1))));
    }

    /// <summary>Null when the request's client may go on; else a 429 with <c>Retry-After</c>.</summary>
    public IResult? Check(HttpContext context, ClientLimit kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = _limiter.AttemptAcquire((kind, _endpoint.ClientAddress(context)));
        if (lease.IsAcquired) return null;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(60.0 / PerMinute(kind));
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return DirectLineJson.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests from this address; retry after the time in Retry-After.");
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();

    private int PerMinute(ClientLimit kind) => kind switch
    {
        ClientLimit.Poll => _options.PollsPerMinute,
        ClientLimit.Post => _options.PostsPerMinute,
        _ => _options.TokensPerMinute,
    };

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
