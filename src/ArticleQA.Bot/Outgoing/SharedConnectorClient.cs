using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ArticleQA.Bot.Outgoing;

/// <summary>A kept connector client as one turn sees it: everything goes to it, except <c>Dispose</c>.</summary>
internal sealed class SharedConnectorClient(IConnectorClient kept) : IConnectorClient
{
    public Uri BaseUri
    {
        get => kept.BaseUri;
        set => kept.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => kept.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => kept.DeserializationSettings;

    public ServiceClientCredentials Credentials => kept.Credentials;

    public IAttachments Attachments => kept.Attachments;

    public IConversations Conversations => kept.Conversations;

    /// <summary>Nothing: the client outlives the turn; <see cref="KeptClients{TKey, TClient}"/> disposes it.</summary>
    public void Dispose()
    {
    }
}
