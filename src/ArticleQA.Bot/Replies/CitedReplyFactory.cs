using System.Text;
using ArticleQA.Bot.Hosting;
using ArticleQA.Core.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ArticleQA.Bot.Replies;

/// <summary>
/// Turns an <see cref="Answer"/> into a message activity: the text with <c>[n]</c> markers and one
/// schema.org <c>Message</c> entity whose claims Teams renders as numbered citations, plus what
/// other channels need to show the sources.
/// </summary>
public sealed class CitedReplyFactory(ArticleCatalog catalog, SourceLinks links)
{
    /// <summary>Most citations one message may carry (a Teams limit).</summary>
    public const int MaxCitations = 20;

    /// <summary>Longest citation name (a Teams limit).</summary>
    public const int MaxNameLength = 80;

    /// <summary>Longest citation abstract (a Teams limit).</summary>
    public const int MaxAbstractLength = 160;

    /// <summary>The entity type Teams reads citations from.</summary>
    public const string MessageEntityType = "https://schema.org/Message";

    /// <summary>Builds the reply to send on <paramref name="channelId"/>.</summary>
    public async Task<Activity> CreateAsync(Answer answer, string? channelId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var citations = answer.NoResult ? [] : answer.Citations.OrderBy(c => c.N).Take(MaxCitations).ToList();
        // A fallback (the language model failed, so the answer is extractive) is said in one line under the answer.
        var answerText = answer.Notice is { Length: > 0 } notice ? answer.Result + "\n\n_" + notice.ReplaceLineEndings(" ").Trim() + "_" : answer.Result;
        var reply = MessageFactory.Text(answerText);
        // Teams offers thumbs up/down on the message and sends the reaction as message/submitAction.
        // Only the current "feedbackLoop" is sent: Teams rejects a message that also sets the older
        // "feedbackLoopEnabled".
        reply.ChannelData = new JObject { ["feedbackLoop"] = new JObject { ["type"] = "default" } };
        if (citations.Count == 0) return reply;

        var sources = new List<CitedSource>();
        foreach (var citation in citations)
        {
            var title = await catalog.TitleOfAsync(citation.Source, cancellationToken).ConfigureAwait(false);
            sources.Add(new CitedSource(
                citation.N,
                Shorten($"{title}, paragraph {citation.Paragraph}", MaxNameLength),
                Shorten(citation.Quote, MaxAbstractLength),
                links.For(citation.Source, citation.Paragraph)));
        }

        reply.Text = answerText + SourcesSuffix(sources, channelId);
        reply.Entities = [MessageEntity(sources)];
        return reply;
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters at a word, ending with an ellipsis.</summary>
    internal static string Shorten(string text, int max)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max) return clean;
        var cut = clean[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > max / 2) cut = cut[..space];
        return cut.TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string SourcesSuffix(IReadOnlyList<CitedSource> sources, string? channelId)
    {
        var text = new StringBuilder();
        switch (channelId)
        {
            case Channels.Msteams:
                // Teams renders the entity; anything more would be shown twice.
                break;
            case Channels.Webchat or Channels.Directline:
                // Web Chat links [n] to a Markdown reference definition and shows the claim beside it.
                text.Append("\n\n");
                foreach (var source in sources)
                    text.Append('[').Append(source.Position).Append("]: ").Append(source.Url)
                        .Append(" \"").Append(source.Name.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n");
                break;
            default:
                text.Append("\n\nSources:");
                foreach (var source in sources)
                    text.Append("\n[").Append(source.Position).Append("] ").Append(source.Name).Append(": \"").Append(source.Abstract).Append('"');
                break;
        }

        return text.ToString().TrimEnd('\n');
    }

    private static Entity MessageEntity(IReadOnlyList<CitedSource> sources)
    {
        var claims = new JArray(sources.Select(s => new JObject
        {
            ["@type"] = "Claim",
            ["position"] = s.Position,
            ["appearance"] = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = s.Name,
                ["abstract"] = s.Abstract,
                ["url"] = s.Url,
            },
        }));
        return new Entity(MessageEntityType)
        {
            Properties = new JObject
            {
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["@id"] = "",
                ["additionalType"] = new JArray("AIGeneratedContent"),
                ["citation"] = claims,
            },
        };
    }

    private sealed record CitedSource(int Position, string Name, string Abstract, string Url);
}
