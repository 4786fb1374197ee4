namespace ArticleQA.Llm.Tests.Loopback;

/// <summary>What the loopback server answers to one chat-completions request.</summary>
public abstract record ScriptedReply
{
    /// <summary>The model's text: a JSON completion, or SSE chunks when the request asks to stream.</summary>
    /// <param name="Chunks">The text in the pieces a stream sends; their concatenation is the reply.</param>
    public sealed record Text(params string[] Chunks) : ScriptedReply;

    /// <summary>A stream that sends these pieces, then an event that is not JSON, and stops.</summary>
    public sealed record BrokenStream(params string[] Chunks) : ScriptedReply;

    /// <summary>An HTTP error status with an OpenAI-style error body.</summary>
    public sealed record Status(int Code, string? RetryAfter = null) : ScriptedReply;

    /// <summary>200 with a body that is not JSON.</summary>
    public sealed record Malformed(string Body) : ScriptedReply;

    /// <summary>Never answers: waits until the client gives up and drops the request.</summary>
    public sealed record Hang : ScriptedReply;

    /// <summary>A completion that asks to call a function, with JSON arguments.</summary>
    public sealed record ToolCall(string Name, string Arguments) : ScriptedReply;
}
